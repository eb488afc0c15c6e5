import { downloadText } from '../../export/download';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { fileLines } from '../shared/file-lines';

interface FileBlockProps {
  /** The file's name, as downloaded and as the copy button names it. */
  name: string;
  text: string;
  /** The download's media type. */
  type: string;
}

/** A generated file shown in full, with a button that downloads it exactly as shown. */
export function FileBlock({ name, text, type }: FileBlockProps) {
  const { m } = useI18n();
  return (
    <>
      <CodeBlock lines={fileLines(text)} what={name} />
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          downloadText(name, text, type);
        }}
      >
        {m.install.download({ file: name })}
      </button>
    </>
  );
}
