/** `--format ndjson`: one JSON object per line, written as each document completes. */
import { toClaimRecord } from './records.js';
import type { SpeakerFormatter, StanceFormatter, StreamingFormatter } from './types.js';

/** One claim record per line (see `$defs/claim` in schema/claims.schema.json). */
export const ndjsonClaims: StreamingFormatter = {
  streaming: true,
  header: () => '',
  document: (result) => result.claims.map((claim) => `${JSON.stringify(toClaimRecord(result.doc, claim))}\n`).join(''),
  footer: () => '',
};

/** One speaker row per line (see `$defs/speakerRow`). */
export const ndjsonSpeakers: SpeakerFormatter = {
  render: (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
};

/** One `--by-stance` row per line (see `$defs/stanceRow`). */
export const ndjsonStances: StanceFormatter = {
  render: (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
};
