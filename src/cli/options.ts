/** Options shared by `extract` and `speakers`, and how they become formatter options. */
import { Option, type Command } from 'commander';
import { FORMAT_NAMES, type FormatName, type FormatOptions } from '../format/index.js';
import type { InputChoice } from '../io/types.js';
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
}

/** Adds `--format`, `--input`, `--color` and `--no-color` to `command`. */
export function addCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('table'))
    .addOption(
      new Option('--input <kind>', 'how to parse inputs: by extension (auto; stdin is text), text, or jsonl')
        .choices(['auto', 'text', 'jsonl'])
        .default('auto'),
    )
    .option('--color', 'colour the table even when stdout is not a terminal')
    .option('--no-color', 'never colour (NO_COLOR=1 does the same)');
}

/** Formatter options from the flags and the process's stdout and environment. */
export function formatOptions(options: CommonOptions, io: CliIo): FormatOptions {
  return {
    color: useColor({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY === true }),
    width: io.stdout.columns ?? DEFAULT_WIDTH,
    version: packageVersion(),
  };
}
