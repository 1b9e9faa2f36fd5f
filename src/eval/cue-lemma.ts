/**
 * Grouping gold cues by dictionary form, so "said", "says" and "saying" count together in the error
 * analysis. The only link from evaluation to the lexicon.
 */
import { cueVerbByForm } from '../lexicon/index.js';
import { tokenize } from './tokens.js';

/** A cue's grouping key and whether one of its words is a known cue verb. */
export interface CueGroup {
  /** The lemma of the first known cue verb in the cue ("say" for "has said"), else the cue lower-cased. */
  lemma: string;
  /** Whether the lexicon knows one of its words as a cue verb form. */
  knownVerb: boolean;
}

/** The grouping key of a cue given as its text (pieces joined by spaces); `(none)` when empty. */
export function cueGroup(cueText: string): CueGroup {
  const flat = cueText.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'").replace(/\s+/g, ' ').trim();
  for (const [s, e] of tokenize(flat)) {
    const verb = cueVerbByForm.get(flat.slice(s, e));
    if (verb) return { lemma: verb.lemma, knownVerb: true };
  }
  return { lemma: flat || '(none)', knownVerb: false };
}
