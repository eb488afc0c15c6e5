import type { Rule } from 'eslint';

declare const plugin: { rules: { 'no-literal-ui-strings': Rule.RuleModule } };
export default plugin;
