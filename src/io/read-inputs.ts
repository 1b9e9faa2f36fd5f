/**
 * Reading every input as an async stream of items: documents, and errors and warnings naming the file
 * (or `file:line`). One unreadable input never stops the batch.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeUtf8, REPLACED_WARNING } from './decode.js';
import { describeError } from './errors.js';
import { expandPaths, STDIN_NAME, type Source } from './expand.js';
import { readJsonl } from './jsonl.js';
import { readAll } from './lines.js';
import type { InputChoice, InputItem } from './types.js';

/** Where and how to read. */
export interface ReadOptions {
  /** Paths as given on the command line; `-` is standard input. Empty means standard input. */
  paths: readonly string[];
  /** The `--input` choice. */
  input: InputChoice;
  /** Standard input, read at most once. */
  stdin: AsyncIterable<Uint8Array | string>;
}

/** Yields every document, error and warning of the inputs, in input order. */
export async function* readInputs(options: ReadOptions): AsyncGenerator<InputItem> {
  const paths = options.paths.length === 0 ? [STDIN_NAME] : options.paths;
  let stdinRead = false;
  for await (const source of expandPaths(paths, options.input)) {
    if (source.kind === 'error' || source.kind === 'warning') {
      yield source;
    } else if (source.kind === 'stdin' && stdinRead) {
      yield { kind: 'warning', doc: STDIN_NAME, message: 'warning: standard input named twice; read once' };
    } else {
      if (source.kind === 'stdin') stdinRead = true;
      yield* readSource(source, options.stdin);
    }
  }
}

/** Reads one source; any failure becomes an error item naming it. */
async function* readSource(source: Source, stdin: AsyncIterable<Uint8Array | string>): AsyncGenerator<InputItem> {
  try {
    if (source.format === 'jsonl') {
      yield* readJsonl(source.kind === 'stdin' ? stdin : createReadStream(source.doc), source.doc);
      return;
    }
    const bytes = source.kind === 'stdin' ? await readAll(stdin) : await readFile(source.doc);
    const { text, replaced } = decodeUtf8(bytes);
    if (replaced) yield { kind: 'warning', doc: source.doc, message: REPLACED_WARNING };
    yield { kind: 'document', doc: source.doc, text };
  } catch (error) {
    yield { kind: 'error', doc: source.doc, message: describeError(error) };
  }
}
