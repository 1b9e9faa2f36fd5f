/**
 * The output formats, one registry each for claims and speakers with the same names. The format name
 * type comes from this table, so `--format` choices, docs and tests cannot drift from it.
 */
import { csvClaims, csvSpeakers } from './csv.js';
import { jsonClaims, jsonSpeakers } from './json.js';
import { markdownClaims, markdownSpeakers } from './markdown.js';
import { ndjsonClaims, ndjsonSpeakers } from './ndjson.js';
import { tableClaims, tableSpeakers } from './table.js';
import type { ClaimFormatter, FormatOptions, SpeakerFormatter, Summary } from './types.js';
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

/** Renders all `results` at once with any claims format (streaming formats are concatenated). */
export function renderClaims(formatter: ClaimFormatter, results: readonly DocumentResult[], options: FormatOptions): string {
  if (!formatter.streaming) return formatter.render(results, options);
  const summary: Summary = { documents: results.length, claims: results.reduce((sum, result) => sum + result.claims.length, 0) };
  return formatter.header(options) + results.map((result, index) => formatter.document(result, index, options)).join('') + formatter.footer(summary, options);
}

export type { ClaimFormatter, FormatOptions, SpeakerFormatter, SpeakerRow, Summary, StreamingFormatter, BatchFormatter } from './types.js';
export { SpeakerTally, speakerRows } from './speaker-rows.js';
export { SCHEMA_VERSION, TOOL_NAME, toClaimRecord, type ClaimRecord } from './records.js';
