/** `--format json`: one JSON object for the whole run (schema/claims.schema.json). */
import { SCHEMA_VERSION, TOOL_NAME, toClaimRecord, toDiagnosticRecord } from './records.js';
import type { BatchFormatter, SpeakerFormatter, StanceFormatter } from './types.js';

/** `{"tool","version","schemaVersion","documents":[{doc, claims, diagnostics}]}`, 2-space indented. */
export const jsonClaims: BatchFormatter = {
  streaming: false,
  render(results, options) {
    const output = {
      tool: TOOL_NAME,
      version: options.version,
      schemaVersion: SCHEMA_VERSION,
      documents: results.map((result) => ({
        doc: result.doc,
        claims: result.claims.map((claim) => toClaimRecord(result.doc, claim)),
        diagnostics: result.diagnostics.map(toDiagnosticRecord),
      })),
    };
    return `${stringify(output)}\n`;
  },
};

/** 2-space indented JSON, with `[start, end]` pairs kept on one line. */
export function stringify(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\n\s*(-?\d+),\n\s*(-?\d+)\n\s*\]/g, '[$1, $2]');
}

/** `{"tool","version","schemaVersion","speakers":[{name, type, claims, documents, words, share, cues}]}`. */
export const jsonSpeakers: SpeakerFormatter = {
  render(rows, options) {
    const output = { tool: TOOL_NAME, version: options.version, schemaVersion: SCHEMA_VERSION, speakers: rows };
    return `${stringify(output)}\n`;
  },
};

/** `{"tool","version","schemaVersion","stances":[{name, type, claims, stances, targets}]}` (`--by-stance`). */
export const jsonStances: StanceFormatter = {
  render(rows, options) {
    const output = { tool: TOOL_NAME, version: options.version, schemaVersion: SCHEMA_VERSION, stances: rows };
    return `${stringify(output)}\n`;
  },
};
