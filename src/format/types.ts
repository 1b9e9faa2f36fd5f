/** The contracts every output format implements. Formatters are pure: data in, string out. */
import type { DocumentResult, SpeakerType } from '../types.js';

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
  /** Cue lemmas used, most frequent first (ties alphabetical). */
  cues: string[];
}

/** A speakers output format. */
export interface SpeakerFormatter {
  render(rows: readonly SpeakerRow[], options: FormatOptions): string;
}
