/** The stance of a claim's cue, from the lexicon: "rejected" denies, "claimed" claims, "said" asserts. */
import { cuePhrases } from '../lexicon/cue-phrases.js';
import { cueNounByForm, cueVerbByForm } from '../lexicon/index.js';
import type { Stance } from '../types.js';

/** Stance of the lead-in punctuation cues and of prepositional cues not in the lexicon. */
const PUNCTUATION_STANCE: Stance = 'asserts';
const phraseStance = new Map(cuePhrases.map(p => [p.pattern, p.stance]));

/** The stance for a cue lemma ("say", "call for", "according to", ":"). */
export function stanceOf(lemma: string): Stance {
  const phrase = phraseStance.get(lemma);
  if (phrase) return phrase;
  const head = lemma.split(' ')[0]!;
  return cueVerbByForm.get(head)?.stance ?? cueNounByForm.get(head)?.stance ?? PUNCTUATION_STANCE;
}
