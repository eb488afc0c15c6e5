import { configWithSecrets, type Secrets } from '../config/config-files';
import { renderFiles, type FileTexts, type GeneratedFile } from '../config/files';
import type { Rules } from '../model/rules';
import type { PlanResult } from './compute-plan';

/**
 * The text of every file the plan hands over (config.yaml per role, registries.yaml, install.sh), in
 * the words of `texts`, with the tokens the page holds in memory in place of the placeholders when
 * there are any. The one renderer behind the page, the zip and the JSON plan; loaded with the YAML
 * library when the install panel or a download needs it.
 */
export function planFiles(
  result: PlanResult,
  rules: Rules,
  texts: FileTexts,
  secrets: Secrets = {},
): readonly GeneratedFile[] {
  const config = secrets.token === undefined ? result.config : configWithSecrets(result, rules, secrets);
  return renderFiles(config, result.install, rules, texts);
}
