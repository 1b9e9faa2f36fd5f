/**
 * The output formats, one registry each for claims and speakers with the same names. The format name
 * type comes from this table, so `--format` choices, docs and tests cannot drift from it.
 */
import { csvClaims, csvSpeakers, csvStances } from './csv.js';
import { jsonClaims, jsonSpeakers, jsonStances } from './json.js';
import { markdownClaims, markdownSpeakers, markdownStances } from './markdown.js';
import { ndjsonClaims, ndjsonSpeakers, ndjsonStances } from './ndjson.js';
import { tableClaims, tableSpeakers, tableStances } from './table.js';
import type { ClaimFormatter, FormatOptions, SpeakerFormatter, StanceFormatter, Summary } from './types.js';
import type { DocumentResult } from '../types.js';

/** Claims formats by name. */
export const formats = {
  table: tableClaims,
  json: jsonClaims,
  ndjson: ndjsonClaims,
  csv: csvClaims,
  markdown: markdownClaims,
} as const satisfies Record<string, ClaimFormatter>;

/** A `--format` name. */
export type FormatName = keyof typeof formats;

/** The format names, in registry order. */
export const FORMAT_NAMES = Object.keys(formats) as FormatName[];

/** Speakers formats, under the same names. */
export const speakerFormats = {
  table: tableSpeakers,
  json: jsonSpeakers,
  ndjson: ndjsonSpeakers,
  csv: csvSpeakers,
  markdown: markdownSpeakers,
} as const satisfies Record<FormatName, SpeakerFormatter>;

/** The `speakers --by-stance` formats, under the same names. */
export const stanceFormats = {
  table: tableStances,
  json: jsonStances,
  ndjson: ndjsonStances,
  csv: csvStances,
  markdown: markdownStances,
} as const satisfies Record<FormatName, StanceFormatter>;

/** Renders all `results` at once with any claims format (streaming formats are concatenated). */
export function renderClaims(formatter: ClaimFormatter, results: readonly DocumentResult[], options: FormatOptions): string {
  if (!formatter.streaming) return formatter.render(results, options);
  const summary: Summary = { documents: results.length, claims: results.reduce((sum, result) => sum + result.claims.length, 0) };
  return formatter.header(options) + results.map((result, index) => formatter.document(result, index, options)).join('') + formatter.footer(summary, options);
}

export type {
  ClaimFormatter, FormatOptions, SpeakerFormatter, SpeakerRow, SpeakerSort, StanceCounts, StanceFormatter, StanceRow, StanceTarget,
  Summary, StreamingFormatter, BatchFormatter, TargetStance,
} from './types.js';
export { SPEAKER_SORTS, STANCES, SpeakerTally, speakerRows, stanceRows } from './speaker-rows.js';
export { MARKS, claimMarks, type Mark, type MarkKey } from './marks.js';
export { countWords, contentWords } from './words.js';
export { SCHEMA_VERSION, TOOL_NAME, toClaimRecord, type ClaimRecord } from './records.js';
