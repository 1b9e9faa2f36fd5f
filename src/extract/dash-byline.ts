/**
 * Rule `dash-byline`: a quotation signed with a dash at the end of its paragraph
 * (`“We will rebuild.” ― Ana Lima`). The dash is the cue; the name after it is the speaker.
 */
import type { AnalyzedText, DraftClaim, Paragraph } from '../document.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import type { Region } from './content.js';

/** A closing quotation mark, a dash, and a short name to the paragraph's end. */
const SIGNED = /["\u201d\u2019][\s.,]*([\u2015\u2014\u2013]|--)\s*([^\n"\u201c\u201d]{2,80}?)[\s.]*$/u;

/** The claims of dash-signed quotations, one per paragraph at most. */
export function extractDashBylines(analysis: AnalyzedText, paragraph: Paragraph): DraftClaim[] {
  const { text, quotes, quoted, sentences } = analysis;
  const m = SIGNED.exec(paragraph.text);
  if (!m) return [];
  const dashStart = paragraph.start + m.index + m[0].indexOf(m[1]!);
  const nameStart = paragraph.start + m.index + m[0].lastIndexOf(m[2]!);
  const pieces: Region[] = [];
  for (const q of quotes) for (const p of q.pieces) {
    if (p.start >= paragraph.start && p.end <= dashStart) pieces.push({ start: p.start, end: p.end });
  }
  const sentence = sentences.find(s => dashStart >= s.start && dashStart < s.end) ?? sentences.find(s => s.paragraph === paragraph.index);
  if (!pieces.length || !sentence) return [];
  const claim = makeClaim({ text, quoted, sentence }, {
    speaker: spanOf(text, nameStart, nameStart + m[2]!.length),
    cue: { ...spanOf(text, dashStart, dashStart + m[1]!.length), lemma: '\u2015' },
    pieces, rule: 'dash-byline',
  });
  return claim ? [claim] : [];
}
