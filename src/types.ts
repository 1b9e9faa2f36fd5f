/**
 * The vocabulary every stage and output format shares.
 *
 * Positions: a {@link Span} is `{start, end, text}` with 0-based, end-exclusive JavaScript string
 * (UTF-16 code unit) indices into the document text exactly as read (after UTF-8 decoding and BOM
 * removal). For every span, `documentText.slice(span.start, span.end) === span.text`. Line and column
 * are never stored; an output format that shows them derives them from the offsets.
 */

/** A piece of the original text. `text === input.slice(start, end)`. */
export interface Span {
  /** Index of the first UTF-16 code unit, 0-based. */
  start: number;
  /** Index one past the last UTF-16 code unit (end exclusive). */
  end: number;
  /** The covered text, verbatim. */
  text: string;
}

/** What kind of source a speaker is. */
export type SpeakerType =
  /** A named or described individual: "Heather Nauert", "the senator". */
  | 'person'
  /** An institution, company, party, outlet or government body: "the Russian Defense Ministry". */
  | 'organization'
  /** Several people or an unnamed collective: "Rebels", "White Helmets rescuers", "officials". */
  | 'group'
  /** An individual who is not identified: "a witness", "a source familiar with the talks". */
  | 'unnamed'
  /** Anything else: documents, polls, pronouns that could not be resolved. */
  | 'other';

/** How a speaker's name was found. */
export type Resolution =
  /** The mention itself is the fullest name in the text. */
  | 'self'
  /** A pronoun ("he", "it", "they") resolved to an earlier mention. */
  | 'pronoun'
  /** A surname or other part of a name ("Nauert") resolved to a fuller earlier mention. */
  | 'partial-name'
  /** A role noun ("the ministry", "the senator") resolved to an earlier mention with that head. */
  | 'role-noun'
  /** Not resolved: a pronoun with no plausible antecedent. */
  | 'unresolved';

/** Who the claim is attributed to: the mention as written, and who that is. */
export interface Speaker extends Span {
  /** The fullest name found for this speaker ("the Russian Defense Ministry" for "It"). */
  name: string;
  /** The kind of source. */
  type: SpeakerType;
  /** How `name` was found. */
  resolution: Resolution;
  /** The earlier mention `name` comes from, when it is not the mention itself. */
  antecedent?: Span;
}

/** The reporting words: "said", "according to", "claimed", or a lead-in colon. */
export interface Cue extends Span {
  /** Dictionary form of the cue ("say" for "said", "according to", ":" for a colon lead-in). */
  lemma: string;
}

/**
 * What was said. `start`/`end`/`text` cover all pieces (and whatever lies between them); `spans` lists
 * the pieces as `[start, end]` pairs in text order: one pair, unless the content is discontinuous
 * (`“…,” he said, “…”`).
 */
export interface Content extends Span {
  /** The pieces of the content as `[start, end]` pairs, end exclusive, in text order. */
  spans: Array<[number, number]>;
}

/** Direct: all content is quoted; indirect: none is; mixed: part of it is. */
export type ClaimKind = 'direct' | 'indirect' | 'mixed';

/** One attributed claim: who said what, with which words. */
export interface Claim {
  /** The source as written, resolved; `null` when the text names none ("it was reported that"). */
  speaker: Speaker | null;
  /** The reporting words. */
  cue: Cue;
  /** What was said. */
  content: Content;
  /** Whether the content is quoted. */
  kind: ClaimKind;
  /** Index (0-based) of the sentence holding the cue, in {@link Document.sentences}. */
  sentence: number;
  /** Id of the extraction rule that produced the claim (see `src/extract/`). */
  rule: string;
}

/** A problem found in the text (an unclosed quotation mark), reported and not thrown. */
export interface Diagnostic {
  /** Stable id, e.g. `unclosed-quote`. */
  id: string;
  /** One-line human-readable message. */
  message: string;
  /** Where in the text. */
  span: Span;
}

/** The claims of one document, as every output format receives them. */
export interface DocumentResult {
  /** The document's name: the path as given, `-` for stdin, or a JSON Lines record's `id`. */
  doc: string;
  /** The document text as read (offsets index it). */
  text: string;
  /** Claims in text order. */
  claims: Claim[];
  /** Problems found in the text. */
  diagnostics: Diagnostic[];
}
