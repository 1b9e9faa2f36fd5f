/** Options shared by `extract` and `speakers`, and how they become formatter options. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMAT_NAMES, type FormatName, type FormatOptions } from '../format/index.js';
import { DEFAULT_MAX_SIZE, parseSize } from '../io/size.js';
import type { InputChoice } from '../io/types.js';
import type { ExtractOptions } from '../options.js';
import { useColor } from './color.js';
import type { CliIo } from './context.js';
import { packageVersion } from './version.js';

/** Table width when stdout is not a terminal. */
export const DEFAULT_WIDTH = 100;

/** Parsed shared options. */
export interface CommonOptions {
  format: FormatName;
  input: InputChoice;
  color?: boolean;
  /** Largest article or JSON Lines record, in bytes (`--max-size`). */
  maxSize: number;
  /** Stop at the first input that cannot be read (`--fail-fast`). */
  failFast?: boolean;
  /** Keep reports that a source said nothing, marked `nonClaim` (`--include-non-claims`). */
  includeNonClaims?: boolean;
  /** Drop claims with a lower confidence (`--min-confidence`, 0 to 1). */
  minConfidence?: number;
  /** Hand-written rules only, without the trained cue classifier (`--rules-only`). */
  rulesOnly?: boolean;
  /** Analysis threads (`--jobs`): 1 analyses in the main thread. */
  jobs: number;
  /** No progress bar (`--quiet`). */
  quiet?: boolean;
}

/** Parses `--max-size` (`50MB`, `512KiB`, bytes); a usage error otherwise. */
function maxSizeArgument(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 50MB, 512KB, 1GiB or a number of bytes');
  return bytes;
}

/** Parses `--jobs`: a whole number from 1; a usage error otherwise. */
function jobsArgument(value: string): number {
  const number = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 1)) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return number;
}

/** Parses `--min-confidence`: a number from 0 to 1; a usage error otherwise. */
function confidenceArgument(value: string): number {
  const number = value.trim() === '' ? Number.NaN : Number(value);
  if (!(number >= 0 && number <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1');
  return number;
}

/**
 * Adds `--format`, `--input`, `--max-size`, `--fail-fast`, `--include-non-claims`, `--min-confidence`,
 * `--rules-only`, `--jobs`, `--quiet`, `--color` and `--no-color` to `command`.
 */
export function addCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('table'))
    .addOption(
      new Option('--input <kind>', 'how to parse inputs: by extension (auto; stdin is text), text, or jsonl')
        .choices(['auto', 'text', 'jsonl'])
        .default('auto'),
    )
    .addOption(
      new Option('--max-size <size>', 'skip any article or JSON Lines record larger than this (e.g. 50MB, 1GiB)')
        .argParser(maxSizeArgument)
        .default(DEFAULT_MAX_SIZE, '10MB'),
    )
    .option('--fail-fast', 'stop at the first input that cannot be read (exit status 1)')
    .option('--include-non-claims', 'keep reports that a source said nothing ("declined to comment"), marked nonClaim')
    .addOption(new Option('--min-confidence <x>', 'leave out claims whose confidence is below x (0 to 1)').argParser(confidenceArgument))
    .addOption(rulesOnlyOption())
    .addOption(
      new Option('-j, --jobs <n>', 'analyse in n worker threads, output still in input order (1: in the main thread)')
        .argParser(jobsArgument)
        .default(availableParallelism(), 'the number of cores'),
    )
    .option('-q, --quiet', 'no progress bar (it shows only on a terminal, for large batches)')
    .option('--color', 'colour the table even when stdout is not a terminal')
    .option('--no-color', 'never colour (NO_COLOR=1 does the same)');
}

/** `--rules-only`, shared by `extract`, `speakers` and `eval`. */
export function rulesOnlyOption(): Option {
  return new Option('--rules-only', 'use the hand-written rules only, without the trained cue classifier (models/cue-verbs.json)');
}

/** Formatter options from the flags and the process's stdout and environment. */
export function formatOptions(options: CommonOptions, io: CliIo): FormatOptions {
  return {
    color: useColor({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY === true }),
    width: io.stdout.columns ?? DEFAULT_WIDTH,
    version: packageVersion(),
  };
}

/** The library options (src/options.ts) the flags ask for. */
export function extractOptions(options: Pick<CommonOptions, 'includeNonClaims' | 'minConfidence' | 'rulesOnly'>): ExtractOptions {
  return {
    ...(options.rulesOnly === true && { cueModel: false }),
    ...(options.includeNonClaims === true && { includeNonClaims: true }),
    ...(options.minConfidence !== undefined && { minConfidence: options.minConfidence }),
  };
}

/** Whether to draw the progress bar: stderr is a terminal and `--quiet` was not given. */
export function showProgress(options: CommonOptions, io: CliIo): boolean {
  return options.quiet !== true && (io.stderr as { isTTY?: boolean }).isTTY === true;
}
