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
  /** A company, party, campaign, court or other non-government institution: "the Clinton campaign". */
  | 'organization'
  /** A government, ministry, agency, police force or military: "the Russian Defense Ministry". */
  | 'government'
  /** Several people or a collective: "Rebels", "White Helmets rescuers", "Republicans". */
  | 'group'
  /** A source the text does not identify: "a witness", "officials", "a source familiar with the talks". */
  | 'anonymous'
  /** A document speaks: "a statement", "the report", "a document". */
  | 'document'
  /** A news outlet or its reporting: "The New York Post", "CNN". */
  | 'media'
  /** Polls, surveys and data: "polls show", "a Quinnipiac survey". */
  | 'poll'
  /** Anything else, and pronouns that could not be resolved. */
  | 'other';

/**
 * How the cue frames the content.
 * asserts ("said"), claims ("claimed", "alleged": the writer keeps distance), denies ("denied",
 * "rejected"), concedes ("admitted"), asks ("asked", "called for"), believes ("thinks", "hopes",
 * "expects"), reports ("reported", "according to", "polls show").
 */
export type Stance = 'asserts' | 'claims' | 'denies' | 'concedes' | 'asks' | 'believes' | 'reports';

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
  /** The speaker's role where the text gives it ("Spokeswoman", "a lawyer"). */
  role?: string;
  /** Whom the speaker speaks for, where the text gives it ("US State Department"). */
  affiliation?: string;
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
  /** How the cue frames the content. */
  stance: Stance;
  /**
   * The writer's own hedging, when the statement rests on no named source: "reportedly",
   * "allegedly", "is said to", "some claims on social media said".
   */
  hedge?: string;
  /** True when the article itself contradicts the claim ("not, as some claimed, burned"). */
  disputedByWriter?: true;
  /**
   * True for a report that the speaker said nothing ("declined to comment"); such claims are left out
   * unless asked for (`includeNonClaims`).
   */
  nonClaim?: true;
  /**
   * Estimated probability (0 to 1) that the claim is right end to end (content and speaker), from
   * `models/confidence.json`; see README, Confidence.
   */
  confidence: number;
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
