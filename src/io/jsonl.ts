/**
 * JSON Lines input: one document per line, `{"id": "...", "text": "..."}`; other fields are ignored.
 * A bad line is reported on its own (naming `file:line`) and the following lines are still read.
 */
import { decodeUtf8, REPLACED_WARNING } from './decode.js';
import { byteLines } from './lines.js';
import type { InputItem } from './types.js';

/** A record's document: its id (if it has one) and its text. */
export interface JsonlRecord {
  id?: string;
  text: string;
}

/** The gist of a JSON.parse error as one short line, without the (possibly long) text V8 quotes back. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split(', "')[0]!
    .replace(' in JSON', '')
    .replace(/at position (\d+)/, (_, position: string) => `at column ${Number(position) + 1}`)
    .slice(0, 80);
}

/** Parses one non-blank line; returns the record or a one-line reason it is not one. */
export function parseRecord(line: string): JsonlRecord | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON (${jsonProblem(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'record is not a JSON object' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { error: 'record has no string "text" field' };
  if (typeof id === 'string' || typeof id === 'number') return { id: String(id), text };
  return { text };
}

/**
 * Reads JSON Lines from `source` as they arrive. `name` is the file as given (`-` for stdin); a record
 * without an id is named `name:line` (1-based). Blank lines are skipped.
 */
export async function* readJsonl(source: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<InputItem> {
  let lineNumber = 0;
  for await (const bytes of byteLines(source)) {
    lineNumber += 1;
    const where = `${name}:${lineNumber}`;
    const { text: raw, replaced } = decodeUtf8(bytes);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    if (replaced) yield { kind: 'warning', doc: where, message: REPLACED_WARNING };
    const record = parseRecord(line);
    if ('error' in record) {
      yield { kind: 'error', doc: where, message: record.error };
    } else {
      yield { kind: 'document', doc: record.id ?? where, text: record.text };
    }
  }
}
