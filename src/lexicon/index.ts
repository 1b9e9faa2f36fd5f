/**
 * The lexicon: typed word lists with provenance (see README.md) and fast lookups over them.
 * The data is checked once when this module loads; a problem throws, since it is a bug in the data.
 */
import { checkCueVerbs } from './check.js';
import { cueVerbs } from './cue-verbs.js';
import type { CueVerb, TrainCounts } from './types.js';

export type { CueVerb, Frame, Stance, TrainCounts, VerbForms, VerbTrainCounts } from './types.js';
export { FRAMES, STANCES } from './types.js';
export { cueVerbs };

/** Every problem found in the lexicon data (empty when clean). Used at load time and by the tests. */
export function lexiconProblems(): string[] {
  return [...checkCueVerbs(cueVerbs)];
}

const problems = lexiconProblems();
if (problems.length) throw new Error(`claims lexicon data is invalid:\n${problems.join('\n')}`);

/** Cue verb entry by any lower-case form ("said" → the entry for "say"). */
export const cueVerbByForm: ReadonlyMap<string, CueVerb> = new Map(cueVerbs.flatMap((v) => v.forms.map((f) => [f, v] as const)));

const verbFormCounts = new Map<string, TrainCounts>();
for (const v of cueVerbs) {
  v.forms.forEach((f, i) => {
    const [uses, occurrences] = v.train.forms[i] ?? [0, 0];
    const precision = occurrences ? Math.round((uses / occurrences) * 100) / 100 : 0;
    verbFormCounts.set(f, { uses, occurrences, precision });
  });
}

/**
 * PolNeAR train counts of one verb form ("said": precision 0.92, "say": 0.48); `undefined` when the
 * word is not a cue verb form. Lower-case the word first.
 */
export function cueVerbFormCounts(form: string): TrainCounts | undefined {
  return verbFormCounts.get(form);
}
