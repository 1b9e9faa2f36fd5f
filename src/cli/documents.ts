/**
 * The loop shared by `extract` and `speakers`: read every input, analyse each document (in this
 * thread, or in `jobs` worker threads), report what could not be read, hand each result on in input
 * order as soon as it and all before it are ready.
 */
import { createAnalyzer } from '../batch/analyzer.js';
import { countDocuments, holdsAtMostOneDocument } from '../batch/count.js';
import { inOrder } from '../batch/in-order.js';
import { createProgress, type Progress } from '../batch/progress.js';
import { untilAborted } from '../io/abortable.js';
import { readInputs } from '../io/read-inputs.js';
import type { InputChoice, InputItem } from '../io/types.js';
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
  /** Analysis threads (`--jobs`); 1, the default, analyses in this thread. */
  jobs?: number;
  /** Draw a progress bar on stderr (the caller checks that it is a terminal and not `--quiet`). */
  progress?: boolean;
}

/** Hint printed when there is nothing to read. */
export const NO_INPUT_HINT = 'no input: give files or folders, or pipe text to stdin (see claims --help)';

/** Reads, analyses and hands on every document. Throws {@link UsageError} for no input on a terminal. */
export async function forEachDocument(options: DocumentsOptions): Promise<void> {
  const { paths, io } = options;
  if (paths.length === 0 && io.stdin.isTTY === true) throw new UsageError(NO_INPUT_HINT);
  const progress = options.progress === true ? createProgress(io.stderr as NodeJS.WritableStream & { columns?: number }) : undefined;
  if (progress) countDocuments(paths, options.input).then((n) => n !== undefined && progress.setTotal(n), () => {});
  const reporter = progress ? above(progress, options.reporter) : options.reporter;
  const analyzer = createAnalyzer(await threadsFor(options));
  const stopped = () => options.stop?.() === true || io.signal?.aborted === true;
  const start = (item: InputItem) => (item.kind === 'document' && !stopped() ? analyzer.analyze(item.text, options.extract ?? {}) : undefined);
  const items = untilAborted(readInputs({ paths, input: options.input, stdin: io.stdin, maxSize: options.maxSize }), io.signal);
  try {
    for await (const { item, outcome } of inOrder(items, start, analyzer.window)) {
      if (stopped()) return;
      if (item.kind === 'warning') {
        reporter.warning(item.doc, item.message);
        continue;
      }
      progress?.tick();
      if (item.kind === 'document' && outcome !== undefined && !('error' in outcome)) {
        await options.onResult({ doc: item.doc, text: item.text, claims: outcome.claims, diagnostics: outcome.diagnostics });
        continue;
      }
      const message = item.kind === 'error' ? item.message : `internal error: ${outcome !== undefined && 'error' in outcome ? outcome.error : 'not analysed'}`;
      reporter.error(item.doc, message);
      if (options.failFast === true) return;
    }
  } finally {
    progress?.stop();
    await analyzer.close();
  }
}

/**
 * The analysis threads for a batch: `--jobs`, except that a single document is analysed in this
 * thread, which saves starting a worker that loads the library a second time (a tenth of the wall
 * time of `claims extract article.txt`).
 */
async function threadsFor(options: DocumentsOptions): Promise<number> {
  const jobs = options.jobs ?? 1;
  return jobs > 1 && (await holdsAtMostOneDocument(options.paths, options.input)) ? 1 : jobs;
}

/** A reporter whose messages go above the progress bar. */
function above(progress: Progress, reporter: Reporter): Reporter {
  return {
    error: (name, message) => (progress.clear(), reporter.error(name, message)),
    failure: (message) => (progress.clear(), reporter.failure(message)),
    warning: (name, message) => (progress.clear(), reporter.warning(name, message)),
    get failed() {
      return reporter.failed;
    },
    exitCode: () => reporter.exitCode(),
  };
}
