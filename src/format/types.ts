/** The contracts every output format implements. Formatters are pure: data in, string out. */
import type { DocumentResult, SpeakerType, Stance } from '../types.js';

/** What a formatter may depend on besides the results; nothing is read from the environment. */
export interface FormatOptions {
  /** Whether to use ANSI colour (only the table format has any). */
  color: boolean;
  /** Terminal width in columns, for wrapping (table format). */
  width: number;
  /** The `claims` package version, named in JSON output. */
  version: string;
}

/** Totals for a format's closing lines. */
export interface Summary {
  /** Documents analysed. */
  documents: number;
  /** Claims found in them. */
  claims: number;
}

/**
 * A format whose output can be written a document at a time, as each is analysed: the output is
 * `header + document(r0, 0) + document(r1, 1) + … + footer(summary)`.
 */
export interface StreamingFormatter {
  readonly streaming: true;
  header(options: FormatOptions): string;
  document(result: DocumentResult, index: number, options: FormatOptions): string;
  footer(summary: Summary, options: FormatOptions): string;
}

/** A format that needs every result before it can write anything (one JSON object). */
export interface BatchFormatter {
  readonly streaming: false;
  render(results: readonly DocumentResult[], options: FormatOptions): string;
}

/** A claims output format. */
export type ClaimFormatter = StreamingFormatter | BatchFormatter;

/** One row of `claims speakers`: a resolved speaker (name and type) across all documents. */
export interface SpeakerRow {
  /** The resolved name (`Speaker.name`). */
  name: string;
  type: SpeakerType;
  /** How many claims are attributed to this speaker. */
  claims: number;
  /** In how many documents. */
  documents: number;
  /** Words of content (quoted or paraphrased) summed over the speaker's claims; see `countWords`. */
  words: number;
  /** `words` over the words of every claim with a speaker, 0 to 1, rounded to 4 decimals. */
  share: number;
  /** Cue lemmas used, most frequent first (ties alphabetical). */
  cues: string[];
}

/** How `claims speakers` orders its rows: most claims, most words, or by name. */
export type SpeakerSort = 'claims' | 'words' | 'name';

/** A speaker's claims counted by stance: every stance is a key, 0 when unused. */
export type StanceCounts = Record<Stance, number>;

/** The stances whose targets `claims speakers --by-stance` looks for. */
export type TargetStance = Extract<Stance, 'denies' | 'claims'>;

/** Another speaker whom a speaker denies or makes claims against, and how often. */
export interface StanceTarget {
  stance: TargetStance;
  /** The target's resolved name and type. */
  name: string;
  type: SpeakerType;
  /** How many of the speaker's claims with this stance have this target. */
  claims: number;
}

/** One row of `claims speakers --by-stance`. */
export interface StanceRow {
  name: string;
  type: SpeakerType;
  /** All claims of the speaker (the sum of `stances`). */
  claims: number;
  stances: StanceCounts;
  /** Targets of its `denies` and then `claims` claims, each by most claims, then name. */
  targets: StanceTarget[];
}

/** A speakers output format. */
export interface SpeakerFormatter {
  render(rows: readonly SpeakerRow[], options: FormatOptions): string;
}

/** An output format for the `--by-stance` view. */
export interface StanceFormatter {
  render(rows: readonly StanceRow[], options: FormatOptions): string;
}
