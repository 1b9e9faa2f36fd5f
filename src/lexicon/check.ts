/**
 * Validation of the lexicon data: the rules `index.ts` enforces at load time and the tests lint.
 * Each function returns a list of problems (empty when the data is clean); nothing throws here.
 */
import { FRAMES, STANCES } from './types.js';
import type { CueVerb, TrainCounts } from './types.js';

const LOWER = /^[a-z][a-z' .-]*$/;

/** Problems common to every entry: lower-case words, a non-empty source, sane counts. */
export function checkCommon(where: string, words: readonly string[], source: string, train?: TrainCounts): string[] {
  const out: string[] = [];
  for (const w of words) if (!LOWER.test(w) || w !== w.trim()) out.push(`${where}: "${w}" is not a lower-case word`);
  if (!source.trim()) out.push(`${where}: no source`);
  if (train) {
    if (train.uses > train.occurrences) out.push(`${where}: more uses than occurrences`);
    const p = train.occurrences ? Math.round((train.uses / train.occurrences) * 100) / 100 : 0;
    if (Math.abs(p - train.precision) > 0.005) out.push(`${where}: precision ${train.precision} != ${p}`);
  }
  return out;
}

/** Words that appear in more than one entry of the same list (`key` gives the words of an entry). */
export function duplicates<T>(list: readonly T[], key: (entry: T) => readonly string[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  list.forEach((entry, i) => {
    for (const w of new Set(key(entry))) {
      const j = seen.get(w);
      if (j !== undefined) out.push(`"${w}" in entries ${j} and ${i}`);
      else seen.set(w, i);
    }
  });
  return out;
}

/** True when `form` is a plausible inflection of `lemma` in the given slot (catches typos). */
function formFits(lemma: string, form: string, slot: number): boolean {
  const stem = lemma.replace(/e$/, '');
  switch (slot) {
    case 0: return form === lemma;
    case 1: return form.endsWith('s') && form.startsWith(lemma.replace(/y$/, ''));
    case 4: return form.endsWith('ing') && form.startsWith(stem.slice(0, Math.max(1, stem.length - 1)));
    default: return form.startsWith(lemma.slice(0, 1)); // past forms may be irregular (say/said, seek/sought)
  }
}

/** Problems of the cue verb list. */
export function checkCueVerbs(verbs: readonly CueVerb[]): string[] {
  const out: string[] = [];
  for (const v of verbs) {
    const where = `cue verb "${v.lemma}"`;
    out.push(...checkCommon(where, [v.lemma, ...v.forms, ...(v.preps ?? [])], v.source, v.train));
    v.forms.forEach((f, i) => { if (!formFits(v.lemma, f, i)) out.push(`${where}: form ${i} "${f}" does not fit`); });
    if (!STANCES.includes(v.stance)) out.push(`${where}: unknown stance ${v.stance}`);
    if (v.frame.length === 0 || v.frame.some((f) => !FRAMES.includes(f))) out.push(`${where}: bad frame`);
    if (v.frame.includes('prep') !== Boolean(v.preps?.length)) out.push(`${where}: 'prep' frame and preps disagree`);
    if (v.train.forms.length !== v.forms.length) out.push(`${where}: train.forms length`);
  }
  out.push(...duplicates(verbs, (v) => [...v.forms]).map((d) => `cue verbs: ${d}`));
  return out;
}
