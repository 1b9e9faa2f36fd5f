/**
 * Expanding the command line's paths into the inputs to read, lazily and in a deterministic order:
 * each argument in the order given; a folder's articles recursively, entries sorted by name (UTF-16
 * code-unit order, independent of locale), dot-files and dot-folders skipped, symbolic-link loops
 * skipped with a warning, and only regular files read from folders (a FIFO could block forever). A
 * path named on the command line is read whatever it is (a pipe from `<(…)` is fine).
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { describeError } from './errors.js';
import type { ErrorItem, InputChoice, InputFormat, WarningItem } from './types.js';

/** File extensions read as one article each. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md'];
/** File extensions read as JSON Lines, one article per line. */
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson'];

/** The name that stands for standard input. */
export const STDIN_NAME = '-';

/** An input to read: standard input or a file, with how to parse it. */
export type Source =
  | { kind: 'stdin'; doc: typeof STDIN_NAME; format: InputFormat }
  | { kind: 'file'; doc: string; format: InputFormat };

/** The format a file's extension implies, or undefined if a folder walk should skip it. */
export function formatOfPath(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  if (JSONL_EXTENSIONS.includes(ext)) return 'jsonl';
  return undefined;
}

/** Code-unit order, so the result does not depend on the locale. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Expands `paths` (`-` is stdin). `choice` applies to stdin and to files named on the command line;
 * files found in folders are always parsed by extension.
 */
export async function* expandPaths(paths: readonly string[], choice: InputChoice): AsyncGenerator<Source | ErrorItem | WarningItem> {
  for (const path of paths) {
    if (path === STDIN_NAME) {
      yield { kind: 'stdin', doc: STDIN_NAME, format: choice === 'auto' ? 'text' : choice };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield { kind: 'error', doc: path, message: describeError(error) };
      continue;
    }
    if (!isDirectory) {
      yield { kind: 'file', doc: path, format: choice === 'auto' ? (formatOfPath(path) ?? 'text') : choice };
      continue;
    }
    let found = 0;
    for await (const item of walk(path, [])) {
      if (item.kind === 'file') found += 1;
      yield item;
    }
    if (found === 0) {
      yield { kind: 'warning', doc: path, message: `warning: no ${[...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].join(', ')} files found` };
    }
  }
}

/** Walks `dir` depth-first in sorted order; `ancestors` are the real paths of the folders above it. */
async function* walk(dir: string, ancestors: readonly string[]): AsyncGenerator<Source | ErrorItem | WarningItem> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    if (ancestors.includes(real)) {
      yield { kind: 'warning', doc: dir, message: 'warning: skipped symbolic link loop' };
      return;
    }
    entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (error) {
    yield { kind: 'error', doc: dir, message: describeError(error) };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let kind = entryKind(entry);
    if (entry.isSymbolicLink()) {
      try {
        kind = entryKind(await stat(path));
      } catch (error) {
        if (formatOfPath(path) !== undefined) yield { kind: 'error', doc: path, message: describeError(error) };
        continue;
      }
    }
    if (kind === 'directory') {
      yield* walk(path, [...ancestors, real]);
      continue;
    }
    const format = formatOfPath(path);
    if (format === undefined) continue;
    // a FIFO, socket or device named like an article: reading it could block or never end
    if (kind === 'other') yield { kind: 'error', doc: path, message: 'skipped: not a regular file' };
    else yield { kind: 'file', doc: path, format };
  }
}

/** A folder entry's kind, symbolic links aside. */
function entryKind(entry: Pick<Dirent, 'isDirectory' | 'isFile'>): 'directory' | 'file' | 'other' {
  return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
}
