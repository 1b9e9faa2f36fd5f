/**
 * Tunable thresholds, each with why it has the value it has. Measured values come from
 * `claims eval` on PolNeAR dev (see README, Accuracy).
 */

/**
 * A cue verb form is used only when at least this share of its occurrences in PolNeAR train are
 * annotated cues (`cueVerbFormCounts`). Below it, words like "support" or "make" fire far more often
 * than they report anything.
 */
export const MIN_CUE_VERB_PRECISION = 0.3;

/** How many paragraphs back a floating quote may look for the speaker of the last claim. */
export const FLOATING_QUOTE_PARAGRAPHS = 2;

/** Options of {@link extractClaims} and {@link analyze}. */
export interface ExtractOptions {
  /**
   * Whether the trained cue classifier (`models/cue-verbs.json`) decides which lexicon verbs are cues.
   * `false` uses the rules only (the lexicon's measured precision). Default `true`.
   */
  cueModel?: boolean;
  /**
   * Whether to keep reports that a source said nothing ("declined to comment"), marked
   * `nonClaim: true`. Default `false`. (PolNeAR annotates them as attributions; keeping them changes
   * its end-to-end F1 by less than 0.1, so `claims eval` uses the default.)
   */
  includeNonClaims?: boolean;
  /** Drop claims whose `confidence` is below this (0 to 1). Default 0: keep all. */
  minConfidence?: number;
}
