/**
 * The machine-readable shape of a claim, shared by the json and ndjson formats and described by
 * schema/claims.schema.json. Fields are copied one by one, so the key order is fixed and nothing
 * unexpected leaks into the output.
 */
import type { Claim, Content, Cue, Diagnostic, Span, Speaker } from '../types.js';

/** Version of the output shape; bumped on any incompatible change to schema/claims.schema.json. */
export const SCHEMA_VERSION = 3;

/** The tool name every JSON output carries. */
export const TOOL_NAME = 'claims';

/** A span as output: `{text, start, end}`. */
export interface SpanRecord {
  text: string;
  start: number;
  end: number;
}

/** A speaker as output. */
export interface SpeakerRecord extends SpanRecord {
  name: string;
  type: Speaker['type'];
  resolution: Speaker['resolution'];
  antecedent?: SpanRecord;
  role?: string;
  affiliation?: string;
}

/** One claim as output, named by its document. */
export interface ClaimRecord {
  doc: string;
  speaker: SpeakerRecord | null;
  cue: SpanRecord & { lemma: string };
  content: SpanRecord & { spans: Array<[number, number]> };
  kind: Claim['kind'];
  sentence: number;
  rule: string;
  stance: Claim['stance'];
  hedge?: string;
  disputedByWriter?: true;
  nonClaim?: true;
  confidence: number;
}

/** A diagnostic as output. */
export interface DiagnosticRecord {
  id: string;
  message: string;
  span: SpanRecord;
}

function spanRecord(span: Span): SpanRecord {
  return { text: span.text, start: span.start, end: span.end };
}

function speakerRecord(speaker: Speaker): SpeakerRecord {
  const record: SpeakerRecord = {
    ...spanRecord(speaker),
    name: speaker.name,
    type: speaker.type,
    resolution: speaker.resolution,
  };
  if (speaker.antecedent !== undefined) record.antecedent = spanRecord(speaker.antecedent);
  if (speaker.role !== undefined) record.role = speaker.role;
  if (speaker.affiliation !== undefined) record.affiliation = speaker.affiliation;
  return record;
}

function cueRecord(cue: Cue): ClaimRecord['cue'] {
  return { ...spanRecord(cue), lemma: cue.lemma };
}

function contentRecord(content: Content): ClaimRecord['content'] {
  return { ...spanRecord(content), spans: content.spans.map(([start, end]): [number, number] => [start, end]) };
}

/** The output record of `claim` in document `doc`. */
export function toClaimRecord(doc: string, claim: Claim): ClaimRecord {
  return {
    doc,
    speaker: claim.speaker === null ? null : speakerRecord(claim.speaker),
    cue: cueRecord(claim.cue),
    content: contentRecord(claim.content),
    kind: claim.kind,
    sentence: claim.sentence,
    rule: claim.rule,
    stance: claim.stance,
    ...(claim.hedge !== undefined && { hedge: claim.hedge }),
    ...(claim.disputedByWriter && { disputedByWriter: true as const }),
    ...(claim.nonClaim && { nonClaim: true as const }),
    confidence: claim.confidence,
  };
}

/** The output record of a diagnostic. */
export function toDiagnosticRecord(diagnostic: Diagnostic): DiagnosticRecord {
  return { id: diagnostic.id, message: diagnostic.message, span: spanRecord(diagnostic.span) };
}

/** How a speaker is shown to people: the mention, and the resolved name when it differs. */
export function speakerLabel(speaker: Speaker | null): string {
  if (speaker === null) return '';
  return speaker.name === speaker.text ? speaker.text : `${speaker.text} → ${speaker.name}`;
}

/** Collapses runs of whitespace (line breaks inside a quote) for one-line display. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A share (0 to 1) as a percentage with one decimal: `12.3%`. */
export function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}
