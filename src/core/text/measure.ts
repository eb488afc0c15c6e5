const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters as a reader sees them (grapheme clusters). */
export const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

/** Rough width in Latin characters: CJK and full-width characters count twice. */
export const textWidth = (text: string): number =>
  graphemes(text).reduce((w, ch) => w + (/[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1), 0);

/**
 * Greedy line breaking for SVG text, which does not wrap by itself: breaks between words, and inside
 * a word (or a run of CJK) only when it is longer than a line.
 */
export function wrapText(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.split(/(\s+)/u).filter((t) => t.length > 0);
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    let rest = token;
    while (rest !== '') {
      const room = maxWidth - textWidth(line);
      if (textWidth(rest) <= room) {
        line += rest;
        rest = '';
      } else if (line.trim() !== '' && textWidth(rest) <= maxWidth) {
        lines.push(line.trimEnd());
        line = '';
      } else {
        let cut = 0;
        let w = 0;
        for (const ch of graphemes(rest)) {
          const cw = textWidth(ch);
          if (w + cw > Math.max(room, 1)) break;
          w += cw;
          cut += ch.length;
        }
        if (cut === 0) {
          lines.push(line.trimEnd());
          line = '';
          continue;
        }
        line += rest.slice(0, cut);
        rest = rest.slice(cut);
        lines.push(line.trimEnd());
        line = '';
      }
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The font size, at most `max`, at which a bold one-line text fits `width` pixels. */
export function fittingFontSize(text: string, width: number, max: number): number {
  const columns = Math.max(textWidth(text), 1);
  return Math.min(max, Math.floor((width / (columns * 0.62)) * 10) / 10);
}
