/**
 * Rule `dash-byline`: a quotation signed with a dash at the end of its paragraph
 * (`“We will rebuild.” ― Ana Lima`), or in a paragraph of its own after a paragraph that is all
 * quotation (`“We will rebuild.”¶- Ana Lima, Lisbon.`). The dash is the cue; the name after it is the
 * speaker. The paragraph must open with the quotation and the name with a capital or an "@": a dash
 * after a quotation inside a sentence opens an aside (`the “bailout” — a word they hate`).
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
  if (!m) return signedBelow(analysis, paragraph);
  if (!OPENS_WITH_QUOTE.test(paragraph.text) || !NAME_START.test(m[2]!)) return [];
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

/** A paragraph that opens with a quotation mark (some copy opens with a closing mark: `”Fear. …”`). */
const OPENS_WITH_QUOTE = /^\s*["\u201c\u201d\u2018]/u;
/** How a signature's name begins: a capital or a handle. */
const NAME_START = /^[\p{Lu}@]/u;
/** A paragraph that is only a dash and a name, with an optional comma and a place or a note after it. */
const BYLINE_PARAGRAPH = /^\s*([\u2015\u2014\u2013]|--?)\s*([\p{Lu}@][^\n"\u201c\u201d,]{1,60}?)\s*(?:,[^\n"\u201c\u201d]{0,80})?[\s.]*$/u;

/** The claim of a byline paragraph signing the all-quotation paragraph before it (`“…”¶- Ana Lima.`). */
function signedBelow(analysis: AnalyzedText, paragraph: Paragraph): DraftClaim[] {
  const { text, quotes, quoted, sentences, paragraphs } = analysis;
  const m = BYLINE_PARAGRAPH.exec(paragraph.text);
  const above = paragraphs[paragraph.index - 1];
  if (!m || !above || !OPENS_WITH_QUOTE.test(above.text)) return [];
  const pieces: Region[] = [];
  for (const q of quotes) for (const p of q.pieces) if (p.start >= above.start && p.end <= above.end) pieces.push({ start: p.start, end: p.end });
  // the paragraph above is all quotation: nothing but punctuation outside its pieces
  const outside = text.slice(above.start, above.end).split('').some((c, k) => !quoted[above.start + k] && /[\p{L}\p{N}]/u.test(c));
  const sentence = sentences.find(s => s.paragraph === paragraph.index);
  if (!pieces.length || outside || !sentence) return [];
  const dashStart = paragraph.start + m[0].indexOf(m[1]!);
  const nameStart = paragraph.start + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  const claim = makeClaim({ text, quoted, sentence }, {
    speaker: spanOf(text, nameStart, nameStart + m[2]!.length),
    cue: { ...spanOf(text, dashStart, dashStart + m[1]!.length), lemma: '\u2015' },
    pieces, rule: 'dash-byline',
  });
  return claim ? [claim] : [];
}
