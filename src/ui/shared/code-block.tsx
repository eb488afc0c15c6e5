import { CopyButton } from './copy-button';

interface CodeBlockProps {
  /** Lines as they should be copied. */
  lines: readonly { readonly text: string; readonly comment?: string | null }[];
  /** What the block is, for the copy button's accessible name. */
  what: string;
  testId?: string;
}

/** A shell snippet with a copy button; comments are shown after each line and copied with it. */
export function CodeBlock({ lines, what, testId }: CodeBlockProps) {
  const text = lines.map((l) => (l.comment ? `${l.text} # ${l.comment}` : l.text)).join('\n');
  return (
    <div className="code-block" data-testid={testId}>
      <div className="code-block__bar">
        <CopyButton text={`${text}\n`} what={what} />
      </div>
      {/* Focusable so a keyboard can scroll a long line into view. */}
      <pre tabIndex={0} role="region" aria-label={what}>
        <code>
          {lines.map((l, i) => (
            <span key={`${String(i)}-${l.text}`} className="code-block__line">
              {l.text}
              {l.comment ? <span className="code-block__comment">{` # ${l.comment}`}</span> : null}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}
