import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import plugin from './no-literal-ui-strings.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });
const rule = plugin.rules['no-literal-ui-strings'];

tester.run('no-literal-ui-strings', rule, {
  valid: [
    'const a = <p>{m.title}</p>;',
    'const a = <p>{a}, {b} · {c} → {d}</p>;',
    'const a = <p className="card__title" data-testid="server-card">{x}</p>;',
    'const a = <button aria-label={m.close}>×</button>;',
    'const a = <code>{`${id} › ${rule}`}</code>;',
  ],
  invalid: [
    { code: 'const a = <p>Hello</p>;', errors: [{ messageId: 'text' }] },
    { code: "const a = <p>{'Servers'}</p>;", errors: [{ messageId: 'text' }] },
    { code: 'const a = <button aria-label="Close">×</button>;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <img alt={`diagram`} />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <p>サーバー</p>;', errors: [{ messageId: 'text' }] },
  ],
});
