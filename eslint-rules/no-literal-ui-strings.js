// Every user-visible string comes from the message catalog. This rule reports JSX text that
// contains letters, and string literals in attributes that people read or hear (aria-label,
// title, alt, placeholder...). Punctuation and symbols between expressions are fine.

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
]);
const HAS_LETTER = /\p{L}/u;

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'user-visible text in JSX must come from the i18n catalog' },
    schema: [],
    messages: {
      text: 'Literal text "{{text}}" in JSX: take it from the message catalog (useI18n).',
      attribute: 'Literal {{name}}="{{text}}": take it from the message catalog (useI18n).',
    },
  },
  create(context) {
    const literalIn = (node) => {
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? '';
      return null;
    };
    return {
      JSXText(node) {
        if (HAS_LETTER.test(node.value))
          context.report({ node, messageId: 'text', data: { text: node.value.trim().slice(0, 40) } });
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXAttribute') return;
        const text = literalIn(node.expression);
        if (text !== null && HAS_LETTER.test(text))
          context.report({ node, messageId: 'text', data: { text: text.slice(0, 40) } });
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
        if (!READ_ATTRIBUTES.has(name) || node.value === null) return;
        const text =
          node.value.type === 'Literal'
            ? literalIn(node.value)
            : node.value.type === 'JSXExpressionContainer'
              ? literalIn(node.value.expression)
              : null;
        if (text !== null && HAS_LETTER.test(text))
          context.report({ node, messageId: 'attribute', data: { name, text: text.slice(0, 40) } });
      },
    };
  },
};

export default { rules: { 'no-literal-ui-strings': rule } };
