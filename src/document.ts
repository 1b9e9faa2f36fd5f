/**
 * The analysis carrier: what each pipeline stage reads and adds. Internal to the library; the public
 * vocabulary is in `types.ts`. All offsets index the original text (see {@link Span}).
 */
import type { Claim, Diagnostic, Span, Stance } from './types.js';

/** A word or number, with the part-of-speech tags compromise gave it (empty when not tagged). */
export interface Token extends Span {
  /** Lower-cased text with typographic apostrophes folded to `'`. */
  lower: string;
  /** compromise tags ("Noun", "ProperNoun", "Verb", "PastTense", ...). */
  tags: ReadonlySet<string>;
  /** Position of this token in its sentence. */
  index: number;
}

/** A sentence, as compromise splits a paragraph. */
export interface Sentence extends Span {
  /** 0-based index in the document. */
  index: number;
  /** 0-based index of the paragraph holding it. */
  paragraph: number;
  /** The sentence's words, in order. */
  tokens: Token[];
}

/** A paragraph: a run of text between line breaks. */
export interface Paragraph extends Span {
  index: number;
}

/**
 * A quotation: an opening mark, the quoted words and (unless it runs to the end of its paragraph) a
 * closing mark. A quote that a following paragraph reopens without closing (`“A…¶“B…”`) is one
 * quotation with one piece per paragraph.
 */
export interface Quote {
  /** Pieces including their quotation marks, one per paragraph, in order. */
  pieces: Span[];
  /** Whether the last piece ends with a closing mark. */
  closed: boolean;
}

/** Everything known about one text, filled in stage by stage. */
export interface AnalyzedText {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  /** For each UTF-16 index of `text`, 1 when it lies inside a quotation (marks included). */
  quoted: Uint8Array;
  diagnostics: Diagnostic[];
}

/**
 * A claim as the extractors make it: the speaker is only a mention, and the framing (stance, hedge,
 * dispute) and confidence are added by later stages.
 */
export type DraftClaim = Omit<Claim, 'speaker' | 'stance' | 'confidence'> & { speaker: Span | null; stance?: Stance };

/** A claim after framing, before speaker resolution. */
export type FramedClaim = DraftClaim & { stance: Stance };
