/**
 * Counting a batch's documents ahead of reading them, for the progress bar: a walk of the same paths
 * the reader expands, without opening a file. Each article file is one document; a JSON Lines file or
 * stdin holds an unknown number, and then there is no total.
 */
import { expandPaths, STDIN_NAME } from '../io/expand.js';
import type { InputChoice } from '../io/types.js';

/** The number of documents under `paths`, or undefined when it cannot be known without reading. */
export async function countDocuments(paths: readonly string[], input: InputChoice): Promise<number | undefined> {
  if (paths.length === 0) return undefined;
  let count = 0;
  for await (const source of expandPaths(paths, input)) {
    if (source.kind === 'error' || source.kind === 'warning') continue;
    if (source.kind === 'stdin' || source.format === 'jsonl') return undefined;
    count += 1;
  }
  return count;
}

/**
 * Whether `paths` (none: stdin) hold at most one document, found by walking no further than a second
 * one. A JSON Lines input may hold any number, so it counts as more.
 */
export async function holdsAtMostOneDocument(paths: readonly string[], input: InputChoice): Promise<boolean> {
  let count = 0;
  for await (const source of expandPaths(paths.length === 0 ? [STDIN_NAME] : paths, input)) {
    if (source.kind === 'error' || source.kind === 'warning') continue;
    if (source.format === 'jsonl' || ++count > 1) return false;
  }
  return true;
}
