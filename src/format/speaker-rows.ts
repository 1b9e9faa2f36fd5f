/**
 * Tallying resolved speakers across documents for `claims speakers`. Claims without a speaker are not
 * counted. A speaker is its resolved name plus type, so "It" → "the Russian Defense Ministry" counts for
 * the ministry.
 */
import type { DocumentResult, SpeakerType } from '../types.js';
import type { SpeakerRow } from './types.js';

interface Entry {
  name: string;
  type: SpeakerType;
  claims: number;
  docs: Set<number>;
  cues: Map<string, number>;
}

/** Accumulates speakers one document at a time, so document texts need not be kept. */
export class SpeakerTally {
  readonly #entries = new Map<string, Entry>();
  #documents = 0;

  /** Adds the claims of one document. */
  add(result: Pick<DocumentResult, 'claims'>): void {
    const docIndex = this.#documents++;
    for (const { speaker, cue } of result.claims) {
      if (speaker === null) continue;
      const key = `${speaker.type}\u0000${speaker.name}`;
      let entry = this.#entries.get(key);
      if (entry === undefined) {
        entry = { name: speaker.name, type: speaker.type, claims: 0, docs: new Set(), cues: new Map() };
        this.#entries.set(key, entry);
      }
      entry.claims += 1;
      entry.docs.add(docIndex);
      entry.cues.set(cue.lemma, (entry.cues.get(cue.lemma) ?? 0) + 1);
    }
  }

  /** Rows sorted by number of claims (most first), then name (ignoring case), then type. */
  rows(): SpeakerRow[] {
    return [...this.#entries.values()]
      .map((entry) => ({
        name: entry.name,
        type: entry.type,
        claims: entry.claims,
        documents: entry.docs.size,
        cues: [...entry.cues].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([lemma]) => lemma),
      }))
      .sort((a, b) => b.claims - a.claims || compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.name, b.name) || compare(a.type, b.type));
  }
}

/** Code-unit order, independent of locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The speaker rows of `results`. */
export function speakerRows(results: ReadonlyArray<Pick<DocumentResult, 'claims'>>): SpeakerRow[] {
  const tally = new SpeakerTally();
  for (const result of results) tally.add(result);
  return tally.rows();
}
