/**
 * Rule `quote-continuation`: a quotation that follows a quoted claim in the same paragraph, with no
 * cue of its own, continues it: `“A,” Axelrod said. “B.”` is one claim with two pieces.
 * Only within a paragraph: in annotated news (PolNeAR) content almost never leaves its cue's paragraph.
 */
import type { AnalyzedText, DraftClaim, Sentence } from '../document.js';
import { quoteAt } from './context.js';

const firstChar = (text: string, s: Sentence) => s.start + (text.slice(s.start, s.end).search(/\S/u));

/** Extends quoted claims with the cue-less quotations that follow them in their paragraph. */
export function attachContinuations(analysis: AnalyzedText, drafts: DraftClaim[]): DraftClaim[] {
  const { text, sentences } = analysis;
  const cueSentences = new Set(drafts.map(d => d.sentence));
  const covered = (at: number) => drafts.some(d => d.content.spans.some(([s, e]) => at >= s && at < e));
  return drafts.map(d => {
    if (d.kind === 'indirect') return d;
    const lastEnd = d.content.end;
    if (!analysis.quoted[lastEnd - 1]) return d;
    const spans = [...d.content.spans];
    let next = sentences.findIndex(s => s.start >= lastEnd);
    while (next >= 0 && next < sentences.length) {
      const s = sentences[next]!;
      if (s.paragraph !== sentences[d.sentence]!.paragraph || cueSentences.has(s.index)) break;
      const quote = quoteAt(analysis.quotes, firstChar(text, s));
      if (!quote || covered(firstChar(text, s))) break;
      // another claim in between takes the quotation, not this one ("“A,” he said, adding that … “B.”")
      const gapStart = spans[spans.length - 1]![1];
      if (drafts.some(o => o !== d && o.content.start >= gapStart && o.content.start < quote.pieces[0]!.start)) break;
      const piece = quote.pieces[0]!;
      if (piece.start < spans[spans.length - 1]![1]) break; // the claim's own quotation, not a new one
      const own = [d.cue, ...(d.speaker ? [d.speaker] : [])];
      if (own.some(o => o.start < piece.end && piece.start < o.end)) break; // it holds the speaker or cue
      spans.push([piece.start, piece.end]);
      // the quotation may run over several sentences; continue after its end
      next = sentences.findIndex(x => x.start >= piece.end);
    }
    if (spans.length === d.content.spans.length) return d;
    const end = spans[spans.length - 1]![1];
    return { ...d, rule: `${d.rule}+continuation`, content: { start: d.content.start, end, text: text.slice(d.content.start, end), spans } };
  });
}
