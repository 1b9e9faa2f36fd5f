/** The messages between the main thread and the analysis workers of `--jobs N`. */
import type { ExtractOptions } from '../options.js';
import type { Claim, Diagnostic } from '../types.js';

/** A document to analyse. `id` pairs the answer with it. */
export interface Job {
  id: number;
  text: string;
  options: ExtractOptions;
}

/** What analysing one document gave: its claims and diagnostics, or why it failed (one line). */
export type Outcome = { claims: Claim[]; diagnostics: Diagnostic[] } | { error: string };

/** A worker's answer to {@link Job} `id`. */
export type Answer = Outcome & { id: number };

/** The first line of an error's message. */
export function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
