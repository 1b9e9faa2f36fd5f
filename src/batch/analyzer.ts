/**
 * Where documents are analysed: in this thread (`--jobs 1`) or by a pool of worker threads. Both
 * answer a text with an {@link Outcome}; an analysis that throws is an outcome, never an exception.
 */
import type { ExtractOptions } from '../options.js';
import { errorLine, type Outcome } from './protocol.js';
import { poolSession } from './pool.js';

/** Analyses documents; {@link close} drops the documents still waiting. */
export interface Analyzer {
  /** Documents that may be waiting for analysis at once and keep every thread busy. */
  readonly window: number;
  analyze(text: string, options: ExtractOptions): Promise<Outcome>;
  close(): Promise<void>;
}

/** How many documents per thread may be read ahead of the one being written: enough to keep threads busy. */
export const DOCUMENTS_PER_THREAD = 4;

/** `--jobs 1`: analysis in this thread, one document at a time. The library loads on first use. */
class InProcess implements Analyzer {
  readonly window = 1;
  private library: Promise<typeof import('../pipeline.js')> | undefined;

  async analyze(text: string, options: ExtractOptions): Promise<Outcome> {
    // loaded here, not at startup, so --help, --version and usage errors answer at once
    this.library ??= import('../pipeline.js');
    const { analyze } = await this.library;
    try {
      const { claims, diagnostics } = analyze(text, options);
      return { claims, diagnostics };
    } catch (error) {
      return { error: errorLine(error) };
    }
  }

  async close(): Promise<void> {}
}

/** An analyzer with `jobs` threads: this one for 1, else a pool of that many workers. */
export function createAnalyzer(jobs: number): Analyzer {
  return jobs <= 1 ? new InProcess() : poolSession(jobs, jobs * DOCUMENTS_PER_THREAD);
}
