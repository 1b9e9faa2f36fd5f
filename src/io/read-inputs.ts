/**
 * Reading every input as an async stream of items: documents, and errors and warnings naming the file
 * (or `file:line`). One unreadable input never stops the batch. Every input is checked before it is
 * decoded: its size (src/io/size.ts), then its first bytes (binary files are skipped, UTF-16 is
 * recognised by its byte order mark; src/io/sniff.ts).
 */
import { open as openFile } from 'node:fs/promises';
import { readHandle, peek, readStream, type Bounded } from './bounded.js';
import { decodeText, REPLACED_UTF16_WARNING, replacedWarning } from './decode.js';
import { describeError } from './errors.js';
import { expandPaths, STDIN_NAME, type Source } from './expand.js';
import { NO_TEXT_WARNING, readJsonl, SeenIds } from './jsonl.js';
import { DEFAULT_MAX_SIZE, tooLargeMessage } from './size.js';
import { SIGNATURE_BYTES, sniff } from './sniff.js';
import type { InputChoice, InputItem } from './types.js';
import { decodeUtf16Stream } from './utf16.js';

/** Where and how to read. */
export interface ReadOptions {
  /** Paths as given on the command line; `-` is standard input. Empty means standard input. */
  paths: readonly string[];
  /** The `--input` choice. */
  input: InputChoice;
  /** Standard input, read at most once. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Largest article, or JSON Lines record, in bytes (`--max-size`); default {@link DEFAULT_MAX_SIZE}. */
  maxSize?: number;
  /** Opens a file for reading; `fs.promises.open` unless a test injects a failure. */
  open?: (path: string) => ReturnType<typeof openFile>;
}

/** Yields every document, error and warning of the inputs, in input order. */
export async function* readInputs(options: ReadOptions): AsyncGenerator<InputItem> {
  const paths = options.paths.length === 0 ? [STDIN_NAME] : options.paths;
  const context: SourceContext = {
    stdin: options.stdin,
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
    open: options.open ?? ((path) => openFile(path, 'r')),
    seenIds: new SeenIds(),
  };
  let stdinRead = false;
  for await (const source of expandPaths(paths, options.input)) {
    if (source.kind === 'error' || source.kind === 'warning') {
      yield source;
    } else if (source.kind === 'stdin' && stdinRead) {
      yield { kind: 'warning', doc: STDIN_NAME, message: 'warning: standard input named twice; read once' };
    } else {
      if (source.kind === 'stdin') stdinRead = true;
      yield* readSource(source, context);
    }
  }
}

/** What reading one source needs besides the source. */
interface SourceContext {
  stdin: AsyncIterable<Uint8Array | string>;
  maxSize: number;
  open: (path: string) => ReturnType<typeof openFile>;
  seenIds: SeenIds;
}

/** Reads one source; any failure becomes an error item naming it. */
async function* readSource(source: Source, context: SourceContext): AsyncGenerator<InputItem> {
  const handle = source.kind === 'file' ? await context.open(source.doc).catch((error: unknown) => error as Error) : undefined;
  if (handle instanceof Error) {
    yield { kind: 'error', doc: source.doc, message: describeError(handle) };
    return;
  }
  try {
    yield* source.format === 'jsonl' ? readJsonlSource(source, handle?.createReadStream({ autoClose: false }) ?? context.stdin, context) : readTextSource(source, handle, context);
  } catch (error) {
    yield { kind: 'error', doc: source.doc, message: describeError(error) };
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** One article: size-checked, sniffed, decoded. */
async function* readTextSource(source: Source, handle: Awaited<ReturnType<typeof openFile>> | undefined, context: SourceContext): AsyncGenerator<InputItem> {
  const read: Bounded = handle === undefined ? await readStream(context.stdin, context.maxSize) : await readHandle(handle, context.maxSize);
  if ('tooLarge' in read) {
    yield { kind: 'error', doc: source.doc, message: tooLargeMessage(source.kind === 'stdin' ? 'input' : 'file', context.maxSize) };
    return;
  }
  const sniffed = sniff(read.bytes);
  if (sniffed.kind === 'skip') {
    yield { kind: 'error', doc: source.doc, message: sniffed.message };
    return;
  }
  const { text, replaced } = decodeText(read.bytes, sniffed.encoding);
  if (replaced) yield { kind: 'warning', doc: source.doc, message: replacedWarning(sniffed.encoding) };
  if (text.trim() === '') yield { kind: 'warning', doc: source.doc, message: NO_TEXT_WARNING };
  yield { kind: 'document', doc: source.doc, text };
}

/** A JSON Lines stream: its first bytes (the first chunk, or line) sniffed, UTF-16 decoded on the way, then read line by line. */
async function* readJsonlSource(source: Source, stream: AsyncIterable<Uint8Array | string>, context: SourceContext): AsyncGenerator<InputItem> {
  const { head, rest } = await peek(stream, SIGNATURE_BYTES);
  const sniffed = sniff(head);
  if (sniffed.kind === 'skip') {
    yield { kind: 'error', doc: source.doc, message: sniffed.message };
    return;
  }
  const options = { maxSize: context.maxSize, seenIds: context.seenIds };
  if (sniffed.encoding === 'utf-8') {
    yield* readJsonl(rest, source.doc, options);
    return;
  }
  let invalid = false;
  yield* readJsonl(decodeUtf16Stream(rest, sniffed.encoding, () => (invalid = true)), source.doc, options);
  if (invalid) yield { kind: 'warning', doc: source.doc, message: REPLACED_UTF16_WARNING };
}
