import { Document } from 'yaml';
import type { Rules } from '../model/rules';
import { renderConfigYaml } from '../config/yaml';
import type { Day2Result } from './day2';
import type { SucPlan } from './suc';

/** The words of the day-2 files' comments, in the page's language (English for the JSON plan). */
export interface Day2FileTexts {
  readonly dropInHeader: readonly string[];
  readonly upgradeHeader: (line: string) => readonly string[];
  readonly placeholder: string;
  readonly noteSeparator: string;
}

export interface Day2File {
  readonly name: string;
  readonly text: string;
  /** 0600 for the drop-in (it holds the S3 keys once filled in, and K3s reads it as root); 0644 for Plans. */
  readonly mode: number;
  readonly kind: 'drop-in' | 'upgrade-plans';
  /** The minor line an upgrade file is the step to; null for the drop-in. */
  readonly line: string | null;
}

/**
 * A step's Plan manifests as one file of YAML documents, written by the YAML library in YAML 1.1
 * (as the drop-in is): a label value such as "true" comes out quoted, so it stays a string.
 */
export function renderPlans(plans: readonly SucPlan[], header: readonly string[]): string {
  const docs = plans.map((plan) =>
    new Document(plan, { version: '1.1' }).toString({ lineWidth: 0, directives: false }),
  );
  return `${header.map((line) => `# ${line}`).join('\n')}\n${docs.map((d) => `---\n${d}`).join('')}`;
}

/** The day-2 files of a plan: the snapshot drop-in for every server and one file of Plans per upgrade step. */
export function renderDay2Files(day2: Day2Result, rules: Pick<Rules, 'network'>, texts: Day2FileTexts): Day2File[] {
  const files: Day2File[] = [];
  const dropIn = day2.backup.dropIn;
  if (dropIn)
    files.push({
      name: dropIn.file.fileName,
      text: renderConfigYaml(dropIn.file, rules, {
        header: texts.dropInHeader,
        sameOnAllServers: '',
        creationOnly: '',
        placeholder: texts.placeholder,
        noteSeparator: texts.noteSeparator,
      }),
      mode: 0o600,
      kind: 'drop-in',
      line: null,
    });
  for (const step of day2.upgrade?.steps ?? [])
    files.push({
      name: step.manifests.fileName,
      text: renderPlans(step.manifests.plans, texts.upgradeHeader(step.line)),
      mode: 0o644,
      kind: 'upgrade-plans',
      line: step.line,
    });
  return files;
}
