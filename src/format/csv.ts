/**
 * `--format csv`: RFC 4180 (CRLF line ends; a field holding a comma, quote or line break is quoted, its
 * quotes doubled), a header row, one flattened row per claim. `start`/`end` are the content's offsets.
 * Flags (`disputed_by_writer`, `non_claim`) are `true` or empty; absent values are empty.
 */
import type { Claim } from '../types.js';
import { STANCES } from './speaker-rows.js';
import { TARGET_STANCES } from './stance-targets.js';
import type { SpeakerFormatter, StanceFormatter, StanceRow, StreamingFormatter, TargetStance } from './types.js';

const EOL = '\r\n';

/** Column names of the claims CSV, in order (columns added later come last, so positions stay). */
export const CLAIM_COLUMNS = [
  'doc', 'speaker', 'speaker_name', 'speaker_type', 'cue', 'cue_lemma', 'content', 'kind', 'start', 'end', 'sentence', 'rule',
  'stance', 'hedge', 'disputed_by_writer', 'non_claim', 'confidence', 'speaker_role', 'speaker_affiliation',
] as const;

/** Column names of the speakers CSV, in order (`cues` joined with `; `). */
export const SPEAKER_COLUMNS = ['name', 'type', 'claims', 'documents', 'words', 'share', 'cues'] as const;

/** Column names of the `--by-stance` CSV: a count per stance, then the targets of each target stance. */
export const STANCE_COLUMNS = [
  'name', 'type', 'claims', ...STANCES.map((stance) => `stance_${stance}`), ...TARGET_STANCES.map((stance) => `${stance}_targets`),
] as const;

/** Quotes one field when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its line end. */
export function csvRow(values: ReadonlyArray<string | number>): string {
  return values.map(csvField).join(',') + EOL;
}

const flag = (value: true | undefined): string => (value === true ? 'true' : '');

function claimRow(doc: string, claim: Claim): string {
  const { speaker, cue, content } = claim;
  return csvRow([
    doc, speaker?.text ?? '', speaker?.name ?? '', speaker?.type ?? '', cue.text, cue.lemma, content.text, claim.kind,
    content.start, content.end, claim.sentence, claim.rule,
    claim.stance, claim.hedge ?? '', flag(claim.disputedByWriter), flag(claim.nonClaim), claim.confidence, speaker?.role ?? '', speaker?.affiliation ?? '',
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
    csvRow(SPEAKER_COLUMNS) +
    rows.map((row) => csvRow([row.name, row.type, row.claims, row.documents, row.words, row.share, row.cues.join('; ')])).join(''),
};

/** The targets of one stance as `name (claims)`, joined with `; `. */
function targetsField(row: StanceRow, stance: TargetStance): string {
  return row.targets.filter((target) => target.stance === stance).map((target) => `${target.name} (${target.claims})`).join('; ');
}

/** Header row, then one row per speaker with its stance counts and targets. */
export const csvStances: StanceFormatter = {
  render: (rows) =>
    csvRow(STANCE_COLUMNS) +
    rows
      .map((row) => csvRow([row.name, row.type, row.claims, ...STANCES.map((stance) => row.stances[stance]), ...TARGET_STANCES.map((stance) => targetsField(row, stance))]))
      .join(''),
};
