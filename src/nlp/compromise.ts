/**
 * The only module that imports compromise. It converts compromise's output to our types and our
 * offsets at once: sentences tile their paragraph, and every token is checked against the text
 * (compromise offsets are opt-in and have had bugs, e.g. compromise issues #771, #1144), so a token's
 * `text` is always `input.slice(start, end)`.
 */
import nlp from 'compromise';
import type { Paragraph, Sentence, Token } from '../document.js';

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface CompromiseSentence {
  terms: CompromiseTerm[];
}

const OPENING_MARK = /[\u201c\u201e"\u2018'(]/u;
const NO_TAGS: ReadonlySet<string> = new Set();

/** Lower case with typographic apostrophes folded, so "won’t" and "won't" look the same. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/**
 * Places compromise's terms on `text`, starting at `base`: trusts a term's offset when the text there
 * matches, else finds the term's text at or after the previous token. Zero-width terms (compromise
 * expands contractions into invisible words) are dropped.
 */
function placeTerms(text: string, base: number, terms: CompromiseTerm[], from: number): Token[] {
  const tokens: Token[] = [];
  let cursor = from;
  for (const term of terms) {
    if (!term.text || !term.offset || term.offset.length === 0) continue;
    let start = base + term.offset.start;
    if (text.slice(start, start + term.text.length) !== term.text || start < cursor) {
      start = text.indexOf(term.text, cursor);
      if (start < 0) continue;
    }
    const end = start + term.text.length;
    tokens.push({
      start, end, text: term.text, lower: normalizeWord(term.text),
      tags: term.tags ? new Set(term.tags) : NO_TAGS, index: tokens.length,
    });
    cursor = end;
  }
  return tokens;
}

/** A sentence end inside a quotation: `.”` `?"` followed by a capitalised word. compromise misses these. */
const END_IN_QUOTE = /^[.!?]+["\u201d\u2019]\s+["\u201c\u2018]?\p{Lu}/u;

/** How far after a closing quotation mark a reporting verb keeps the words in the quote's sentence. */
const REPORTING_CLAUSE_WORDS = 5;

/**
 * Splits a run of tokens where a quoted sentence ends and a new one begins (`…change.” She adds`),
 * but not before the quotation's own reporting clause (`…country?” Clinton said.`).
 */
function splitAfterClosingQuote(text: string, tokens: Token[], isReportingVerb: (word: string) => boolean): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  const reportsQuote = (i: number) => tokens.slice(i, i + REPORTING_CLAUSE_WORDS).some(t => isReportingVerb(t.lower));
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && END_IN_QUOTE.test(text.slice(prev.end, t.end)) && !reportsQuote(i)) {
      parts.push(current);
      current = [];
    }
    current.push({ ...t, index: current.length });
  });
  parts.push(current);
  return parts;
}

/**
 * Splits a paragraph into sentences with untagged tokens. Sentences tile the paragraph: each runs
 * from the end of the one before (leading quotation marks included) to the start of the next.
 */
export function splitSentences(
  text: string, paragraph: Paragraph, firstIndex: number, isReportingVerb: (word: string) => boolean,
): Sentence[] {
  const json = nlp.tokenize(paragraph.text).json({ offset: true }) as CompromiseSentence[];
  const placed = json
    .map(s => placeTerms(text, paragraph.start, s.terms, paragraph.start))
    .flatMap(tokens => splitAfterClosingQuote(text, tokens, isReportingVerb))
    .filter(tokens => tokens.length > 0);
  const sentences: Sentence[] = [];
  for (let i = 0; i < placed.length; i++) {
    const start = i === 0 ? paragraph.start : placed[i]![0]!.start;
    let end = i + 1 < placed.length ? placed[i + 1]![0]!.start : paragraph.end;
    // the next sentence's opening quotation marks (just before its first word) belong to it
    while (end - 1 > start && OPENING_MARK.test(text[end - 1]!) && /[\s([]/u.test(text[end - 2]!)) end--;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    sentences.push({
      index: firstIndex + sentences.length, paragraph: paragraph.index,
      start, end, text: text.slice(start, end), tokens: placed[i]!,
    });
  }
  if (sentences.length > 1) {
    // move opening quotation marks that ended up between sentences into the following sentence
    for (let i = 1; i < sentences.length; i++) {
      const prev = sentences[i - 1]!;
      const cur = sentences[i]!;
      if (cur.start > prev.end) {
        let s = prev.end;
        while (s < cur.start && /\s/u.test(text[s]!)) s++;
        cur.start = s;
        cur.text = text.slice(cur.start, cur.end);
      }
    }
  }
  return sentences;
}

/** Returns the sentence's tokens with compromise's part-of-speech tags. */
export function tagSentence(text: string, sentence: Sentence): Token[] {
  const json = nlp(sentence.text).json({ offset: true }) as CompromiseSentence[];
  const terms = json.flatMap(s => s.terms);
  return placeTerms(text, sentence.start, terms, sentence.start);
}
