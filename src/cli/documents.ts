/**
 * The loop shared by `extract` and `speakers`: read every input, analyse each document, report what
 * could not be read, hand each result on as soon as it is ready.
 */
import { untilAborted } from '../io/abortable.js';
import { readInputs } from '../io/read-inputs.js';
import type { InputChoice } from '../io/types.js';
import type { ExtractOptions } from '../options.js';
import type { DocumentResult } from '../types.js';
import { UsageError, type CliIo, type Reporter } from './context.js';

/** The inputs of one command. */
export interface DocumentsOptions {
  paths: readonly string[];
  input: InputChoice;
  io: CliIo;
  reporter: Reporter;
  /** Called once per readable document, in input order; awaited before the next is read. */
  onResult: (result: DocumentResult) => Promise<void> | void;
  /** Checked before each input; true stops reading (the output's reader has gone away). */
  stop?: () => boolean;
  /** Largest article or JSON Lines record, in bytes (`--max-size`). */
  maxSize?: number;
  /** Stop after the first input that cannot be read (`--fail-fast`). */
  failFast?: boolean;
  /** Library options for every document (`--include-non-claims`, `--min-confidence`). */
  extract?: ExtractOptions;
}

/** Hint printed when there is nothing to read. */
export const NO_INPUT_HINT = 'no input: give files or folders, or pipe text to stdin (see claims --help)';

/** Reads, analyses and hands on every document. Throws {@link UsageError} for no input on a terminal. */
export async function forEachDocument(options: DocumentsOptions): Promise<void> {
  const { paths, io, reporter } = options;
  if (paths.length === 0 && io.stdin.isTTY === true) throw new UsageError(NO_INPUT_HINT);
  // loaded here, not at startup, so --help, --version and usage errors answer at once
  const { analyze } = await import('../index.js');
  const items = readInputs({ paths, input: options.input, stdin: io.stdin, maxSize: options.maxSize });
  for await (const item of untilAborted(items, io.signal)) {
    if (options.stop?.() === true || io.signal?.aborted === true) return;
    if (item.kind === 'error') {
      reporter.error(item.doc, item.message);
      if (options.failFast === true) return;
    } else if (item.kind === 'warning') {
      reporter.warning(item.doc, item.message);
    } else {
      let result: DocumentResult;
      try {
        const analysis = analyze(item.text, options.extract);
        result = { doc: item.doc, text: item.text, claims: analysis.claims, diagnostics: analysis.diagnostics };
      } catch (error) {
        reporter.error(item.doc, `internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        if (options.failFast === true) return;
        continue;
      }
      await options.onResult(result);
    }
  }
}
