/**
 * JSON Lines input: one document per line, `{"id": "...", "text": "..."}`; other fields are ignored.
 * A bad line is reported on its own (naming `file:line`) and the following lines are still read; a
 * line over the size limit is skipped without being held in memory; a repeated id is a warning, and
 * both records are kept.
 */
import { decodeUtf8, REPLACED_WARNING } from './decode.js';
import { byteLines, OVERSIZED } from './lines.js';
import { DEFAULT_MAX_SIZE, tooLargeMessage } from './size.js';
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

/** `a number`, `null`, `an array`: what a JSON value is, for messages. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** How many ids {@link SeenIds} remembers (about 100 MB at most). */
export const MAX_TRACKED_IDS = 1_000_000;

/**
 * The ids met so far in a run, to warn about a repeated one. Only the first {@link MAX_TRACKED_IDS}
 * are remembered, so a map step over millions of records keeps flat memory.
 */
export class SeenIds {
  private readonly where = new Map<string, string>();

  /** Records `id` read at `where`; returns where it was first read if it was read before. */
  add(id: string, where: string): string | undefined {
    const first = this.where.get(id);
    if (first === undefined && this.where.size < MAX_TRACKED_IDS) this.where.set(id, where);
    return first;
  }
}

/** Options of {@link readJsonl}. */
export interface JsonlOptions {
  /** Largest line, in bytes; longer ones are skipped. */
  maxSize?: number;
  /** Ids seen so far in the run (shared across inputs); a new set if absent. */
  seenIds?: SeenIds;
}

/** Warning for a record whose text is empty or only white space. */
export const NO_TEXT_WARNING = 'warning: no text (empty or white space only)';

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
  if (text === undefined) return { error: 'record has no string "text" field' };
  if (typeof text !== 'string') return { error: `record has no string "text" field (it is ${describeValue(text)})` };
  if (typeof id === 'string' || typeof id === 'number') return { id: String(id), text };
  return { text };
}

/**
 * Reads JSON Lines from `source` as they arrive. `name` is the file as given (`-` for stdin); a record
 * without an id is named `name:line` (1-based). Blank lines are skipped.
 */
export async function* readJsonl(source: AsyncIterable<Uint8Array | string>, name: string, options: JsonlOptions = {}): AsyncGenerator<InputItem> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const seenIds = options.seenIds ?? new SeenIds();
  let lineNumber = 0;
  for await (const bytes of byteLines(source, maxSize)) {
    lineNumber += 1;
    const where = `${name}:${lineNumber}`;
    if (bytes === OVERSIZED) {
      yield { kind: 'error', doc: where, message: tooLargeMessage('record', maxSize) };
      continue;
    }
    const { text: raw, replaced } = decodeUtf8(bytes);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    if (replaced) yield { kind: 'warning', doc: where, message: REPLACED_WARNING };
    const record = parseRecord(line);
    if ('error' in record) {
      yield { kind: 'error', doc: where, message: record.error };
      continue;
    }
    if (record.id !== undefined) {
      const first = seenIds.add(record.id, where);
      if (first !== undefined) yield { kind: 'warning', doc: where, message: `warning: duplicate id ${JSON.stringify(record.id)} (first at ${first}); both records are kept` };
    }
    if (record.text.trim() === '') yield { kind: 'warning', doc: where, message: NO_TEXT_WARNING };
    yield { kind: 'document', doc: record.id ?? where, text: record.text };
  }
}
