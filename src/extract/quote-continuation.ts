/**
 * Rule `quote-continuation`: a quotation that follows a quoted claim in the same paragraph, with no
 * cue of its own, continues it: `“A,” Axelrod said. “B.”` is one claim with two pieces, and so is
 * `“A,” said X, who leads the group, “B.”`, where the second piece follows in the same sentence.
 * Content leaves its cue's paragraph only for a paragraph that opens with a quotation of whole
 * sentences right after the claim that ends the paragraph before (`“A,” she said.¶“B. C.”`): news
 * writing runs a speaker's quotation on that way, and PolNeAR annotates it as one attribution.
 */
import type { AnalyzedText, DraftClaim, Quote, Sentence } from '../document.js';
import { quoteAt } from './context.js';
import { SPEECH_CONTINUING_CUES } from '../lexicon/quotation.js';

/** Quotation marks that open a quotation (a straight mark may open one too). */
const OPENING_MARK = /["\u201c\u201e\u00ab\u2018]/u;

/**
 * Rules of a reporting verb with its subject, before or after the content: their mixed content is a
 * speaker's statement that a following quotation can go on. Not a colon label's or a participle's,
 * whose quoted words are more often a title or a term ("thinks this is an episode of “Shark Tank.”").
 */
const QUOTING_CLAUSE_RULES: ReadonlySet<string> = new Set(['verb-before', 'verb-after']);

/** Whether no other claim starts after `d` in `d`'s paragraph (its quotation ends the paragraph's reports). */
function isLastClaimOf(drafts: DraftClaim[], d: DraftClaim, paragraph: number, sentences: Sentence[]): boolean {
  return !drafts.some(o => o !== d && o.content.start > d.content.start && sentences[o.sentence]!.paragraph === paragraph);
}

/** Whether only punctuation follows the quotation's last piece in its sentence. */
function endsSentence(analysis: AnalyzedText, quote: Quote): boolean {
  const last = quote.pieces[quote.pieces.length - 1]!;
  if (!quote.closed) return true;
  const s = analysis.sentences.find(x => last.end > x.start && last.end <= x.end);
  return s !== undefined && !/[\p{L}\p{N}]/u.test(analysis.text.slice(last.end, s.end));
}

const firstChar = (text: string, s: Sentence) => s.start + (text.slice(s.start, s.end).search(/\S/u));

/**
 * The quotation that resumes a quoted claim in its own sentence after a reporting clause that stands
 * between the pieces and holds more than speaker and cue (`“A,” said Ana Ruiz, the county's engineer,
 * “B.”`, `“A,” one aide said late last week, “B.”`, `“A,” he said, but “B.”`): the first quotation
 * after the speaker and cue, opened right after a comma (and a "but" or "and"), or after a period that
 * the sentence splitter did not take for a sentence end (`“A,” she said in the ad. “B.”`), with no
 * other claim, quotation, question or colon in between. `undefined` when the claim's content does not
 * end in a quotation before its cue.
 */
function resumingQuote(analysis: AnalyzedText, drafts: DraftClaim[], d: DraftClaim): Quote | undefined {
  const { text } = analysis;
  const contentEnd = d.content.end;
  const clauseEnd = Math.max(d.cue.end, d.speaker?.end ?? 0);
  if (!analysis.quoted[contentEnd - 1] || d.cue.start < contentEnd) return undefined;
  const sentence = analysis.sentences[d.sentence]!;
  const quote = analysis.quotes.find(q => q.pieces[0]!.start >= clauseEnd);
  if (!quote || quote.pieces[0]!.start >= sentence.end) return undefined;
  const start = quote.pieces[0]!.start;
  const between = text.slice(contentEnd, start);
  if (!/(?:,\s*(?:(?:but|and)\s+)?|\.\s*)$/u.test(between) || /[!?;:]\s/u.test(between) || analysis.quoted.subarray(contentEnd, start).some(x => x === 1)) return undefined;
  if (drafts.some(o => o !== d && (o.cue.start >= contentEnd && o.cue.start < start || o.content.start < quote.pieces[0]!.end && o.content.end > start))) return undefined;
  return quote;
}

/** Extends quoted claims with the cue-less quotations that follow them. */
export function attachContinuations(analysis: AnalyzedText, drafts: DraftClaim[]): DraftClaim[] {
  const { text, sentences } = analysis;
  const cueSentences = new Set(drafts.map(d => d.sentence));
  const covered = (at: number) => drafts.some(d => d.content.spans.some(([s, e]) => at >= s && at < e));
  return drafts.map(d => {
    const lastEnd = d.content.end;
    // "…, adding that A. “B.”": a paraphrase by a verb that goes on reporting takes the quotation too
    const paraphrase = d.kind === 'indirect' && SPEECH_CONTINUING_CUES.has(d.cue.lemma ?? '');
    // "Lee “backed the plan” at first, she said. “B.”": a reported clause that quotes the speaker
    // goes on with the next quotation even when its content ends after the quoted words
    const quotingClause = d.kind === 'mixed' && QUOTING_CLAUSE_RULES.has(d.rule);
    if (!paraphrase && !quotingClause && (d.kind === 'indirect' || !analysis.quoted[lastEnd - 1])) return d;
    const spans = [...d.content.spans];
    const resumed = resumingQuote(analysis, drafts, d);
    if (resumed) for (const p of resumed.pieces) spans.push([p.start, p.end]);
    let next = sentences.findIndex(s => s.start >= spans[spans.length - 1]![1]);
    const claimParagraph = sentences[d.sentence]!.paragraph;
    let paragraph = claimParagraph;
    while (next >= 0 && next < sentences.length) {
      const s = sentences[next]!;
      if (cueSentences.has(s.index)) break;
      if (s.paragraph !== paragraph) {
        // "“A,” she said.¶“B.”": a paragraph that opens with a quotation continues the claim that
        // ends the paragraph before it
        const ends = analysis.paragraphs[paragraph]!.end;
        if (s.paragraph !== paragraph + 1 || sentences[next - 1]!.paragraph !== paragraph || text.slice(sentences[next - 1]!.end, ends).trim() !== ''
          || !isLastClaimOf(drafts, d, paragraph, sentences) || !OPENING_MARK.test(text[firstChar(text, s)]!)) break;
        paragraph = s.paragraph;
      }
      const quote = quoteAt(analysis.quotes, firstChar(text, s));
      if (!quote || covered(firstChar(text, s))) break;
      // another claim in between takes the quotation, not this one ("“A,” he said, adding that … “B.”")
      const gapStart = spans[spans.length - 1]![1];
      // but an aside in the reporting clause's own sentence does not ("“A,” X said, noting that …
      // “B.”", "“A,” said X, who leads the group. “B.”"), unless it reports more speech ("adding that")
      const takes = (o: DraftClaim) => o.sentence !== d.sentence || o.kind !== 'indirect' || SPEECH_CONTINUING_CUES.has(o.cue.lemma ?? '');
      if (drafts.some(o => o !== d && o.content.start >= gapStart && o.content.start < quote.pieces[0]!.start && takes(o))) break;
      const piece = quote.pieces[0]!;
      if (piece.start < spans[spans.length - 1]![1]) break; // the claim's own quotation, not a new one
      // across paragraphs only a quotation of whole sentences: “Title” in a new paragraph is not speech
      if (paragraph !== claimParagraph && !endsSentence(analysis, quote)) break;
      const own = [d.cue, ...(d.speaker ? [d.speaker] : [])];
      if (own.some(o => o.start < piece.end && piece.start < o.end)) break; // it holds the speaker or cue
      // a quotation over several paragraphs brings all its pieces
      const pieces = quote.pieces.filter(p => p.start >= piece.start);
      for (const p of pieces) spans.push([p.start, p.end]);
      const end = pieces[pieces.length - 1]!.end;
      paragraph = sentences.find(x => x.end >= end)?.paragraph ?? paragraph;
      // the quotation may run over several sentences; continue after its end
      next = sentences.findIndex(x => x.start >= end);
    }
    if (spans.length === d.content.spans.length) return d;
    const end = spans[spans.length - 1]![1];
    // a paraphrase continued by a quotation is mixed
    const kind = paraphrase ? 'mixed' : d.kind;
    return { ...d, kind, rule: `${d.rule}+continuation`, content: { start: d.content.start, end, text: text.slice(d.content.start, end), spans } };
  });
}
