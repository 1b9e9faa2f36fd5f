/**
 * `--format csv`: RFC 4180 (CRLF line ends; a field holding a comma, quote or line break is quoted, its
 * quotes doubled), a header row, one flattened row per claim. `start`/`end` are the content's offsets.
 */
import type { Claim } from '../types.js';
import type { SpeakerFormatter, StreamingFormatter } from './types.js';

const EOL = '\r\n';

/** Column names of the claims CSV, in order. */
export const CLAIM_COLUMNS = [
  'doc', 'speaker', 'speaker_name', 'speaker_type', 'cue', 'cue_lemma', 'content', 'kind', 'start', 'end', 'sentence', 'rule',
] as const;

/** Column names of the speakers CSV, in order (`cues` joined with `; `). */
export const SPEAKER_COLUMNS = ['name', 'type', 'claims', 'documents', 'cues'] as const;

/** Quotes one field when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its line end. */
export function csvRow(values: ReadonlyArray<string | number>): string {
  return values.map(csvField).join(',') + EOL;
}

function claimRow(doc: string, claim: Claim): string {
  const { speaker, cue, content } = claim;
  return csvRow([
    doc, speaker?.text ?? '', speaker?.name ?? '', speaker?.type ?? '', cue.text, cue.lemma, content.text, claim.kind,
    content.start, content.end, claim.sentence, claim.rule,
  ]);
}

/** Header row, then one row per claim as each document completes. */
export const csvClaims: StreamingFormatter = {
  streaming: true,
  header: () => csvRow(CLAIM_COLUMNS),
  document: (result) => result.claims.map((claim) => claimRow(result.doc, claim)).join(''),
  footer: () => '',
};

/** Header row, then one row per speaker. */
export const csvSpeakers: SpeakerFormatter = {
  render: (rows) =>
    csvRow(SPEAKER_COLUMNS) + rows.map((row) => csvRow([row.name, row.type, row.claims, row.documents, row.cues.join('; ')])).join(''),
};
