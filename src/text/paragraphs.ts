/** Stage 1: paragraphs are runs of text between line breaks (`\n`, `\r\n` or a lone `\r`). */
import type { Paragraph } from '../document.js';

/** Splits `text` into non-blank paragraphs; offsets index `text`. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(lineBreak)) {
    push(lineStart, m.index!);
    lineStart = m.index! + m[0].length;
  }
  push(lineStart, text.length);
  return paragraphs;
}
