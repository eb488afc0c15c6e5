import type { FileTexts } from '../core/config/files';
import type { Rules } from '../core/model/rules';
import type { Catalog } from './en';

/** The words of the generated files' comments in this catalog's language, for `renderFiles`. */
export function fileTexts(m: Catalog, rules: Pick<Rules, 'id' | 'edition' | 'registries'>, link: string): FileTexts {
  const c = m.install.comments;
  return {
    configHeader: (role) =>
      c.header({ rulesId: rules.id, edition: m.edition.names[rules.edition].name, role: m.install.roles[role], link }),
    sameOnAllServers: c.sameOnAllServers,
    creationOnly: c.creationOnly,
    placeholder: c.placeholder,
    noteSeparator: c.noteSeparator,
    registriesHeader: c.registriesHeader({
      rulesId: rules.id,
      link,
      latestTagEnv: rules.registries?.latestTagEnv ?? '',
    }),
    script: {
      ...m.install.script,
      header: m.install.script.header({ rulesId: rules.id, link }),
      roles: m.install.roles,
    },
  };
}
