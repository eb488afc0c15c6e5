/** A file's text as code-block lines, without the trailing newline's empty last line. */
export const fileLines = (text: string): { text: string }[] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => ({ text: line }));
