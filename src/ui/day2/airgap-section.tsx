import { memo } from 'react';
import type { AirgapPlan } from '../../core/day2/airgap';
import type { TokenPlan } from '../../core/day2/tokens';
import { AirgapInputSchema, type AirgapInput, type PlanField } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import { AIRGAP_TEXTS, type AirgapTexts } from '../../i18n/day2-airgap-text';
import { useI18n } from '../../i18n/i18n';
import { checkboxProps, textProps } from '../form/bind-fields';
import { CheckboxField } from '../form/checkbox-field';
import { bindPlanPart } from '../form/plan-section';
import { TextField } from '../form/text-field';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';
import { Day2FieldFindings, type Day2FieldsProps } from './day2-fields';

const acceptsRegistry = (x: string): boolean => AirgapInputSchema.shape.registry.safeParse(x).success;

/** The air-gap fields: no internet on the nodes, and an optional private registry with what it needs. */
function AirgapFields(props: Day2FieldsProps & { a: AirgapTexts }) {
  const { plan, findings, t, a } = props;
  const g = plan.airgap;
  const fields = a.airgap.fields;
  const field = bindPlanPart(props, 'airgap', { name: (k) => `airgap.${k}` });
  const about = (...names: (keyof AirgapInput)[]) => names.map((n): PlanField => `airgap.${n}`);
  return (
    <fieldset className="form-section day2-fields">
      <legend>{a.airgap.fieldsTitle}</legend>
      <CheckboxField {...checkboxProps(field('enabled'), fields.enabled)} />
      {g.enabled && (
        <>
          <TextField
            {...textProps(field('registry'), fields.registry, acceptsRegistry, fields.registry.invalid)}
            monospace
          />
          {g.registry.trim() !== '' && (
            <>
              <CheckboxField {...checkboxProps(field('registryAuth'), fields.registryAuth)} />
              <CheckboxField {...checkboxProps(field('registryCa'), fields.registryCa)} />
            </>
          )}
        </>
      )}
      <Day2FieldFindings findings={findings} fields={about('enabled', 'registryAuth', 'registryCa')} t={t} />
    </fieldset>
  );
}

/**
 * The air-gapped install (decision 024): its fields, then what the plan derived — the files to
 * download, where each goes on which role, the steps before installing.
 */
export function AirgapSection({
  airgap,
  rules,
  fieldProps,
}: {
  airgap: AirgapPlan | null;
  rules: Rules;
  fieldProps: Day2FieldsProps;
}) {
  const { locale, f } = useI18n();
  const a = AIRGAP_TEXTS[locale];
  const enabled = fieldProps.plan.airgap.enabled;
  return (
    <section className="subsection day2__section" aria-labelledby="day2-airgap-title" data-testid="day2-airgap">
      <h3 id="day2-airgap-title" className="subsection__title">
        {a.airgap.title}
      </h3>
      <p className="card__note">{a.airgap.intro}</p>
      <AirgapFields {...fieldProps} a={a} />
      {!enabled ? (
        <p className="card__note">{a.airgap.off}</p>
      ) : airgap ? (
        <AirgapOutput airgap={airgap} rules={rules} a={a} />
      ) : (
        <p className="results__stale">{a.airgap.noBuild({ arch: fieldProps.plan.cluster.arch }, f)}</p>
      )}
    </section>
  );
}

const AirgapOutput = memo(function AirgapOutput({
  airgap,
  rules,
  a,
}: {
  airgap: AirgapPlan;
  rules: Rules;
  a: AirgapTexts;
}) {
  const { f, m } = useI18n();
  const x = airgap.assets;
  const t = a.airgap;
  return (
    <>
      <div className="day2__facts" data-testid="airgap-summary">
        <p>{t.release({ release: x.release, arch: x.releaseArch }, f)}</p>
        <p>
          {t.method({ registry: airgap.registry?.host ?? null, mirrorOf: airgap.registry?.mirrorOf ?? 'docker.io' }, f)}
        </p>
      </div>

      <h4 className="subsection__title">{t.downloadsTitle}</h4>
      <ul className="day2__notes" data-testid="airgap-downloads">
        {airgap.downloads.map((d) => (
          <li key={d.name} data-file={d.name}>
            <code>{d.name}</code>
            {m.punctuation.colon}
            {d.destination === null ? t.besideScript : <code>{d.destination}</code>}
          </li>
        ))}
      </ul>
      {x.images && x.imageVariants.length > 0 && (
        <p className="card__note">{t.variants({ names: x.imageVariants }, f)}</p>
      )}

      <h4 className="subsection__title">{t.rolesTitle}</h4>
      <ul className="day2__notes" data-testid="airgap-roles">
        {airgap.roles.map((r) => (
          <li key={r.role} data-role={r.role}>
            <strong>{t.roles[r.role]}</strong>
            {m.punctuation.colon}
            {f.list(r.files.map((file) => file.name))}
          </li>
        ))}
      </ul>

      <h4 className="subsection__title">{t.stepsTitle}</h4>
      <ol className="install-steps" data-testid="airgap-steps">
        {airgap.steps.map((s) => (
          <li key={s.id} data-step={s.id}>
            <p>{t.steps[s.id]}</p>
            {s.commands.length > 0 && (
              <CodeBlock lines={s.commands.map((c) => ({ text: c }))} what={t.steps[s.id]} testId={`airgap-${s.id}`} />
            )}
          </li>
        ))}
      </ol>
      <p>{t.install({ env: x.skipDownloadEnv, script: x.installer.name }, f)}</p>
      {airgap.registry && (
        <p className="card__note">
          {t.registries(
            { file: 'registries.yaml', endpoint: airgap.registry.endpoint, mirrorOf: airgap.registry.mirrorOf },
            f,
          )}
        </p>
      )}
      <AirgapSources registry={airgap.registry !== null} rules={rules} />
    </>
  );
});

/** Where the air-gap section's facts come from. */
function AirgapSources({ registry, rules }: { registry: boolean; rules: Rules }) {
  const { m } = useI18n();
  const facts = rules.airgap;
  if (!facts) return null;
  const sources = [
    facts.source,
    facts.binarySource,
    facts.routeSource,
    facts.installSource,
    ...(registry ? [facts.registrySource, facts.registriesFileSource] : []),
    facts.assetsSource,
    facts.binaryNamesSource,
  ];
  return (
    <p className="card__note">
      {sources.map((source, i) => (
        <span key={`${source.doc} ${source.section}`}>
          {i > 0 && m.punctuation.separator}
          <SourceLink source={source} rules={rules} />
        </span>
      ))}
    </p>
  );
}

/** The join tokens (decision 024): the short format's risk, the secure token's path, rotation. */
export const TokensSection = memo(function TokensSection({ tokens, rules }: { tokens: TokenPlan; rules: Rules }) {
  const { locale, f, m } = useI18n();
  const k = AIRGAP_TEXTS[locale].tokens;
  const facts = rules.tokens;
  const file = (id: string) => (id === 'read-agent-token' ? tokens.agentTokenFile : tokens.serverTokenFile);
  const steps = (list: TokenPlan['joinSteps'], testId: string) => (
    <ol className="install-steps" data-testid={testId}>
      {list.map((s) => {
        const text = k.steps[s.id]({ nodes: s.nodes, file: file(s.id) }, f);
        return (
          <li key={s.id} data-step={s.id}>
            <p>{text}</p>
            {s.commands.length > 0 && <CodeBlock lines={s.commands.map((c) => ({ text: c }))} what={text} />}
          </li>
        );
      })}
    </ol>
  );
  return (
    <section className="subsection day2__section" aria-labelledby="day2-tokens-title" data-testid="day2-tokens">
      <h3 id="day2-tokens-title" className="subsection__title">
        {k.title}
      </h3>
      <p>{k.short({ prefix: tokens.securePrefix }, f)}</p>
      {tokens.joinSteps.length > 0 && (
        <>
          <h4 className="subsection__title">{k.joinTitle}</h4>
          {steps(tokens.joinSteps, 'token-join-steps')}
        </>
      )}
      <p>{k.agentToken({ file: tokens.agentTokenFile, separate: tokens.separateAgentToken }, f)}</p>
      <h4 className="subsection__title">{k.rotateTitle}</h4>
      <p data-testid="token-rotate">
        {k.rotate(
          {
            available: tokens.rotation.available,
            version: tokens.version,
            release: tokens.rotation.firstRelease,
          },
          f,
        )}
      </p>
      {tokens.rotation.available && steps(tokens.rotation.steps, 'token-rotate-steps')}
      <p className="card__note">{k.oldSnapshots}</p>
      {facts && (
        <p className="card__note">
          <SourceLink source={facts.formatSource} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={facts.firstServerSource} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={facts.agentSource} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={facts.rotateSource} rules={rules} />
        </p>
      )}
    </section>
  );
});
