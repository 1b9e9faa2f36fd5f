/**
 * The only module that imports compromise. It converts compromise's output to our types and our
 * offsets at once: sentences tile their paragraph, and every token is checked against the text
 * (compromise offsets are opt-in and have had bugs, e.g. compromise issues #771, #1144), so a token's
 * `text` is always `input.slice(start, end)`.
 *
 * Each paragraph is parsed once: split into sentences and terms, the first half of `nlp(text)`.
 * The rest of `nlp(text)` (contractions, lexicon, tagging), the dearest part, then runs on that same
 * parse, only for the sentences the pipeline asks for ({@link ParsedText.tag}), each as its own
 * compromise sentence, as `nlp(sentence.text)` would, but for one pass: see {@link TAG_HOOKS}.
 */
import { createRequire } from 'node:module';
import type { Paragraph, Sentence, Token } from '../document.js';
import { LINKING_ABBREVIATIONS, NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

/** A compromise term, with the fields we read. */
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** A compromise view, with the fields we use. */
interface View {
  /** The parsed sentences, each a list of terms. */
  document: Term[][];
  compute(hooks: string[]): View;
  constructor: new (document: Term[][]) => View;
}

/** compromise's internals, as plugins see them (`nlp.world()`). */
interface World {
  methods: {
    one: { tokenize: { fromString(text: string, world: World): Term[][] } };
    two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense: string): string } } };
  };
  model: unknown;
}

/** The `compromise/two` entry point, with the functions we call. */
interface Compromise {
  tokenize(text: string): View;
  hooks(): string[];
  world(): World;
}

// compromise/two (tokenizer and tagger, without the phrase chunker we do not use), from its
// single-file CommonJS build: it loads in half the time of the ES module tree.
const nlp = createRequire(import.meta.url)('compromise/two') as Compromise;

const world = nlp.world();

/** The first half of `nlp(text)` (compromise src/API/inputs.js): sentences of terms, nothing computed. */
const parse = (text: string): Term[][] => world.methods.one.tokenize.fromString(text, world);

/**
 * What tagging computes on the parse: the second half of `nlp(text)`, its hooks in order
 * (contractions, lexicon lookups, the word-level tagger), except compromise's second tagging pass,
 * `postTagger`: ~1,000 contextual correction rules that took 70% of tagging time and half of all of
 * `claims`, and moved end-to-end F1 on PolNeAR dev by 0.2 points (60.9 with it, 60.7 without, at
 * 1a8e8f1).
 */
const TAG_HOOKS: string[] = nlp.hooks().filter(h => h !== 'postTagger');

const OPENING_MARK = /[\u201c\u201e"\u2018'(]/u;
const NO_TAGS: ReadonlySet<string> = new Set();

/** Lower case with typographic apostrophes folded, so "won’t" and "won't" look the same. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/**
 * The base form of a verb form ("went" → "go", "quipped" → "quip"), by compromise's conjugation
 * rules and irregular verbs; `tense` is the form's tag, as the rules differ by tense.
 */
export function verbLemma(word: string, tense: 'PastTense' | 'PresentTense' | 'Gerund' | 'Infinitive'): string {
  return tense === 'Infinitive' ? normalizeWord(word) : world.methods.two.transform.verb.toInfinitive(normalizeWord(word), world.model, tense);
}

/** Tokens placed on the text, the index of the term each came from, and where each term begins. */
interface Placed {
  tokens: Token[];
  terms: number[];
  /** For each term, the offset where its leading punctuation begins; then the end of the last term. */
  origins: number[];
}

/** Punctuation and a quotation mark glued between two words: "surprising,”Clinton". */
const GLUED_QUOTE = /(?<=\p{L})[,.;:!?]*["\u201c\u201d]+(?=\p{L})/gu;
/** The marks {@link GLUED_QUOTE} needs: a cheap test that spares most terms its search. */
const DOUBLE_MARK = /["\u201c\u201d]/u;

/** Adds the token `[start, end)` of compromise term `term` to `placed`. */
function pushToken(placed: Placed, text: string, start: number, end: number, tags: ReadonlySet<string>, term: number): void {
  const t = text.slice(start, end);
  placed.tokens.push({ start, end, text: t, lower: normalizeWord(t), tags, index: placed.tokens.length });
  placed.terms.push(term);
}

/**
 * Places compromise's terms on `text`, the first term's leading punctuation at `origin`. A term is
 * expected where the terms before it (with their punctuation and spaces) end; if its text is not
 * there, it is searched for after the previous token. Zero-width terms (compromise expands
 * contractions into invisible words) give no token. Tokens get `tags` only when `tagged`.
 */
function placeTerms(text: string, terms: Term[], origin: number, tagged: boolean): Placed {
  const placed: Placed = { tokens: [], terms: [], origins: [] };
  let cursor = origin;
  let expected = origin;
  terms.forEach((term, k) => {
    placed.origins.push(expected);
    expected += term.pre.length;
    let start = expected;
    expected += term.text.length + term.post.length;
    if (!term.text) return;
    if (!text.startsWith(term.text, start)) {
      start = text.indexOf(term.text, cursor);
      if (start < 0) return;
      expected = start + term.text.length + term.post.length;
    }
    const end = start + term.text.length;
    // compromise keeps "surprising,”Clinton" (no space after a closing quotation mark) as one term:
    // split it into its words, each with the term's tags
    let pieceStart = start;
    if (DOUBLE_MARK.test(term.text)) {
      for (const m of term.text.matchAll(GLUED_QUOTE)) {
        const pieceEnd = start + m.index!;
        if (pieceEnd > pieceStart) pushToken(placed, text, pieceStart, pieceEnd, tagged ? term.tags : NO_TAGS, k);
        pieceStart = pieceEnd + m[0].length;
      }
    }
    pushToken(placed, text, pieceStart, end, tagged ? term.tags : NO_TAGS, k);
    cursor = end;
  });
  placed.origins.push(expected);
  return placed;
}

/**
 * A sentence end inside a quotation: `.”` `?"` followed by a capitalised word. compromise misses these.
 * Two apostrophes stand for a double mark in some wire copy (`.'' Then`, `. ''We`).
 */
const END_IN_QUOTE = /^[.!?]+(?:["\u201d\u2019]|'')\s+(?:["\u201c\u2018]|'')?\p{Lu}/u;

/**
 * Within how many words of a closing `?”` or `!”` a reporting verb must come for the clause to keep
 * the quote's sentence: `…country?” Clinton said.`, `…now!” the aide told reporters on Monday.`
 * Without one it is a sentence of its own (`…senator?” Voters laughed at him for days.`).
 */
const REPORTING_CLAUSE_WORDS = 6;
/** Punctuation that ends a reporting clause after a quotation. */
const CLAUSE_END = /[.,;:!?\u2014]/u;

/**
 * Token indices where a run of tokens splits because a quoted sentence ends and a new one begins
 * (`…change.” She adds`), but not before the quotation's own reporting clause (`…country?” Clinton said.`).
 */
function splitsAfterClosingQuote(text: string, tokens: Token[], isReportingVerb: (word: string) => boolean): number[] {
  // a question or an exclamation cannot close on a comma, so its reporting clause follows it however
  // long it runs (`…country?” Clinton said of the firm in May.`); the verb still comes early in it. A
  // quotation closed by a period has had its reporting clause before it: what follows is a new
  // sentence (`…change.” He added, “…”`: 27 of 28 such clauses in PolNeAR train report something else)
  const reportsQuote = (i: number) => {
    const window = Math.min(tokens.length, i + REPORTING_CLAUSE_WORDS);
    let end = i + 1;
    while (end < window && !CLAUSE_END.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
    return tokens.slice(i, end).some(t => isReportingVerb(t.lower));
  };
  const splits: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.end);
    if (END_IN_QUOTE.test(gap) && !(/^[.!?]*[!?]/u.test(gap) && reportsQuote(i))) splits.push(i);
  }
  return splits;
}

/** A dotted abbreviation as one token: "U.S.", "p.m.", "D.C.". */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

/**
 * Token indices where a run of tokens splits because a sentence ended with a dotted abbreviation and
 * the next word opens a new one (`…the U.S. They were`): compromise never splits after these.
 */
function splitsAfterDottedAbbreviation(tokens: Token[]): number[] {
  const splits: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const next = tokens[i]!;
    if (DOTTED_ABBREVIATION.test(tokens[i - 1]!.text) && /^\p{Lu}/u.test(next.text) && SENTENCE_OPENERS.has(next.lower)) splits.push(i);
  }
  return splits;
}

/** One of our sentences as compromise terms, where its first term begins, and its untagged tokens. */
interface Piece {
  terms: Term[];
  origin: number;
  tokens: Token[];
}

/**
 * Cuts one compromise sentence, whose first term begins at `origin`, into our sentences (see
 * {@link splitsAfterClosingQuote}). Also returns where the sentence's last term ends.
 */
function piecesOf(text: string, terms: Term[], origin: number, isReportingVerb: (word: string) => boolean): { pieces: Piece[]; end: number } {
  const placed = placeTerms(text, terms, origin, false);
  const cuts = [...new Set([...splitsAfterClosingQuote(text, placed.tokens, isReportingVerb), ...splitsAfterDottedAbbreviation(placed.tokens)])].sort((a, b) => a - b);
  const bounds = [0, ...cuts, placed.tokens.length];
  const pieces: Piece[] = [];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const [first, next] = [bounds[b]!, bounds[b + 1]!];
    if (next === first) continue;
    const termFrom = b === 0 ? 0 : placed.terms[first]!;
    const termTo = next < placed.tokens.length ? placed.terms[next]! : terms.length;
    const tokens = placed.tokens.slice(first, next).map((t, index) => ({ ...t, index }));
    pieces.push({ terms: terms.slice(termFrom, termTo), origin: placed.origins[termFrom]!, tokens });
  }
  return { pieces, end: placed.origins[terms.length]! };
}

/** The text compromise parsed into `terms`, each term with its punctuation and spaces. */
const textOf = (terms: Term[]): string => terms.map(t => t.pre + t.text + t.post).join('');

/**
 * The abbreviation a sentence ends with, lower case and without its final period: "sen" for
 * "…then-Sen.", "mr" for "…“Mr.", "u.k" for "…the U.K.". The word starts after a space, a hyphen, a
 * quotation mark or a parenthesis: compromise looks words up only after a space.
 */
const FINAL_ABBREVIATION = /(?:^|[^\p{L}.])(\p{L}[\p{L}.]*)\.\s*$/u;

/**
 * Whether a sentence that compromise ended at the period of an abbreviation goes on into the next one:
 * a title before a capitalized word ("then-Sen. | Jo Park said"), "No." or a month before a digit, "vs."
 * before anything, and any abbreviation, dotted ones too ("the U.K. | economy"), before a lower-case
 * word (src/lexicon/abbreviations.ts).
 */
function continuesAfterAbbreviation(sentence: string, next: string): boolean {
  const word = FINAL_ABBREVIATION.exec(sentence)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  const first = next.trimStart();
  if (LINKING_ABBREVIATIONS.has(word)) return true;
  if (TITLE_ABBREVIATIONS.has(word) && /^\p{Lu}/u.test(first)) return true;
  if (NUMBER_ABBREVIATIONS.has(word) && /^\d/u.test(first)) return true;
  const known = word.includes('.') || TITLE_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word);
  return known && /^\p{Ll}/u.test(first);
}

/**
 * Whether a sentence that compromise ended at "!" or "?" goes on into the next: the next begins with a
 * lower-case word, so the mark belonged to a name or a title ("Jeb! was", "the show Party Time! aired").
 */
function continuesAfterExclamation(sentence: string, next: string): boolean {
  return /[\p{L}][!?]\s*$/u.test(sentence) && /^\p{Ll}/u.test(next.trimStart());
}

/**
 * compromise's sentences of a paragraph, with those it ended inside a sentence joined to the next
 * ({@link continuesAfterAbbreviation}, {@link continuesAfterExclamation}). Joined term lists still
 * place on the text one after another.
 */
function parseSentences(text: string): Term[][] {
  const sentences: Term[][] = [];
  let previousText = '';
  for (const terms of parse(text)) {
    const termsText = textOf(terms);
    const last = sentences[sentences.length - 1];
    if (last && (continuesAfterAbbreviation(previousText, termsText) || continuesAfterExclamation(previousText, termsText))) {
      last.push(...terms);
      previousText += termsText;
    } else {
      sentences.push([...terms]);
      previousText = termsText;
    }
  }
  return sentences;
}

/**
 * Splits a paragraph into sentences with untagged tokens, and the compromise terms of each. Sentences
 * tile the paragraph: each runs from the end of the one before (leading quotation marks included) to
 * the start of the next.
 */
function splitParagraph(
  text: string, paragraph: Paragraph, firstIndex: number, isReportingVerb: (word: string) => boolean,
): { sentences: Sentence[]; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let origin = paragraph.start;
  for (const terms of parseSentences(paragraph.text)) {
    const cut = piecesOf(text, terms, origin, isReportingVerb);
    pieces.push(...cut.pieces);
    origin = cut.end;
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const start = i === 0 ? paragraph.start : pieces[i]!.tokens[0]!.start;
    let end = i + 1 < pieces.length ? pieces[i + 1]!.tokens[0]!.start : paragraph.end;
    // the next sentence's opening quotation marks (just before its first word) belong to it
    // (a run of them: two apostrophes stand for one double mark in some wire copy, `''We`)
    let mark = end;
    while (mark - 1 > start && OPENING_MARK.test(text[mark - 1]!)) mark--;
    if (mark < end && /[\s([]/u.test(text[mark - 1]!)) end = mark;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    sentences.push({
      index: firstIndex + sentences.length, paragraph: paragraph.index,
      start, end, text: text.slice(start, end), tokens: pieces[i]!.tokens,
    });
  }
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
  return { sentences, pieces };
}

/** A text split into sentences by one compromise parse; tags are added on request. */
export interface ParsedText {
  /** Every sentence, in order; tokens are untagged (empty `tags`) until {@link tag} reaches them. */
  sentences: Sentence[];
  /** Tags the sentences at these indices that are not tagged yet, replacing their tokens. */
  tag(indices: Iterable<number>): void;
}

/** Splits every paragraph of `text` into sentences: one compromise parse, no tagging yet. */
export function parseText(text: string, paragraphs: readonly Paragraph[], isReportingVerb: (word: string) => boolean): ParsedText {
  const sentences: Sentence[] = [];
  const pieces: Piece[] = [];
  let viewClass: View['constructor'] | undefined;
  for (const p of paragraphs) {
    const split = splitParagraph(text, p, sentences.length, isReportingVerb);
    sentences.push(...split.sentences);
    pieces.push(...split.pieces);
  }
  const tagged = new Uint8Array(sentences.length);
  return {
    sentences,
    tag(indices) {
      const todo = [...new Set(indices)].filter(i => i >= 0 && i < sentences.length && tagged[i] === 0).sort((a, b) => a - b);
      if (todo.length === 0) return;
      viewClass ??= nlp.tokenize('').constructor;
      // our sentences become compromise's sentences, so each is tagged as if it stood alone
      const view = new viewClass(todo.map(i => pieces[i]!.terms)).compute(TAG_HOOKS);
      todo.forEach((i, k) => {
        sentences[i]!.tokens = placeTerms(text, view.document[k]!, pieces[i]!.origin, true).tokens;
        tagged[i] = 1;
      });
    },
  };
}
