/**
 * Tallying resolved speakers across documents for `claims speakers`. Claims without a speaker are not
 * counted. A speaker is its resolved name plus type, so "It" → "the Russian Defense Ministry" counts for
 * the ministry. A non-claim ("declined to comment", kept with `--include-non-claims`) counts as a claim
 * and by stance, but adds no words.
 */
import type { DocumentResult, SpeakerType, Stance } from '../types.js';
import { speakerKey, stanceTargets, TARGET_STANCES } from './stance-targets.js';
import type { SpeakerRow, SpeakerSort, StanceCounts, StanceRow, StanceTarget, TargetStance } from './types.js';
import { contentWords } from './words.js';

/** The `--sort` keys, the default first. */
export const SPEAKER_SORTS: readonly SpeakerSort[] = ['claims', 'words', 'name'];

/** Every stance, in the order of the counts in output. */
export const STANCES: readonly Stance[] = ['asserts', 'claims', 'denies', 'concedes', 'asks', 'believes', 'reports'];

/** Decimals of `share`: enough for a hundredth of a percent. */
const SHARE_DECIMALS = 4;

interface Entry {
  name: string;
  type: SpeakerType;
  claims: number;
  words: number;
  docs: Set<number>;
  cues: Map<string, number>;
  stances: StanceCounts;
  /** Per `stance\0targetKey`: the target and its count. */
  targets: Map<string, StanceTarget>;
}

const noStances = (): StanceCounts => Object.fromEntries(STANCES.map((stance) => [stance, 0])) as StanceCounts;

/** Accumulates speakers one document at a time, so document texts need not be kept. */
export class SpeakerTally {
  readonly #entries = new Map<string, Entry>();
  #documents = 0;

  /** Adds the claims of one document. */
  add(result: Pick<DocumentResult, 'claims'>): void {
    const docIndex = this.#documents++;
    const targets = stanceTargets(result.claims);
    result.claims.forEach((claim, index) => {
      const { speaker, cue } = claim;
      if (speaker === null) return;
      const key = speakerKey(speaker);
      let entry = this.#entries.get(key);
      if (entry === undefined) {
        entry = { name: speaker.name, type: speaker.type, claims: 0, words: 0, docs: new Set(), cues: new Map(), stances: noStances(), targets: new Map() };
        this.#entries.set(key, entry);
      }
      entry.claims += 1;
      if (claim.nonClaim !== true) entry.words += contentWords(claim.content);
      entry.docs.add(docIndex);
      entry.cues.set(cue.lemma, (entry.cues.get(cue.lemma) ?? 0) + 1);
      entry.stances[claim.stance] += 1;
      for (const target of targets[index]!) {
        const targetKey = `${claim.stance}\u0000${speakerKey(target)}`;
        const counted = entry.targets.get(targetKey) ?? { stance: claim.stance as TargetStance, name: target.name, type: target.type, claims: 0 };
        counted.claims += 1;
        entry.targets.set(targetKey, counted);
      }
    });
  }

  /** Speaker rows, by `sort` (default: most claims first). */
  rows(sort: SpeakerSort = 'claims'): SpeakerRow[] {
    const entries = this.#sorted(sort);
    const total = entries.reduce((sum, entry) => sum + entry.words, 0);
    return entries.map((entry) => ({
      name: entry.name,
      type: entry.type,
      claims: entry.claims,
      documents: entry.docs.size,
      words: entry.words,
      share: total === 0 ? 0 : round(entry.words / total, SHARE_DECIMALS),
      cues: [...entry.cues].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([lemma]) => lemma),
    }));
  }

  /** The `--by-stance` rows, in the same order as {@link rows}. */
  stanceRows(sort: SpeakerSort = 'claims'): StanceRow[] {
    return this.#sorted(sort).map((entry) => ({
      name: entry.name,
      type: entry.type,
      claims: entry.claims,
      stances: { ...entry.stances },
      targets: [...entry.targets.values()]
        .map((target) => ({ ...target }))
        .sort((a, b) => TARGET_STANCES.indexOf(a.stance) - TARGET_STANCES.indexOf(b.stance) || b.claims - a.claims || byName(a, b)),
    }));
  }

  /**
   * Entries by `sort`: `claims` (most first), `words` (most first, then most claims) or `name`; ties by
   * name ignoring case, then name, then type.
   */
  #sorted(sort: SpeakerSort): Entry[] {
    const first: Record<SpeakerSort, (a: Entry, b: Entry) => number> = {
      claims: (a, b) => b.claims - a.claims,
      words: (a, b) => b.words - a.words || b.claims - a.claims,
      name: () => 0,
    };
    return [...this.#entries.values()].sort((a, b) => first[sort](a, b) || byName(a, b));
  }
}

/** Name ignoring case, then name, then type: a total, locale-independent order. */
function byName(a: { name: string; type: string }, b: { name: string; type: string }): number {
  return compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.name, b.name) || compare(a.type, b.type);
}

/** Code-unit order, independent of locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The speaker rows of `results`. */
export function speakerRows(results: ReadonlyArray<Pick<DocumentResult, 'claims'>>, sort: SpeakerSort = 'claims'): SpeakerRow[] {
  return tally(results).rows(sort);
}

/** The `--by-stance` rows of `results`. */
export function stanceRows(results: ReadonlyArray<Pick<DocumentResult, 'claims'>>, sort: SpeakerSort = 'claims'): StanceRow[] {
  return tally(results).stanceRows(sort);
}

function tally(results: ReadonlyArray<Pick<DocumentResult, 'claims'>>): SpeakerTally {
  const counts = new SpeakerTally();
  for (const result of results) counts.add(result);
  return counts;
}
