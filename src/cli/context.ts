/** What a command receives: the process's streams and environment, passed in (never global). */
import { ExitCode } from './exit-codes.js';

/** The process's side of the CLI, passed to {@link run} by the bin (or by a test). */
export interface CliIo {
  /** Arguments after the program name. */
  argv: readonly string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Aborted by the bin on SIGINT or SIGTERM (the reason is the signal's name): commands stop reading
   * before the next document and finish their output, so it holds only whole documents.
   */
  signal?: AbortSignal;
}

/** The program name in messages. */
export const PROGRAM = 'claims';

/** A command-line mistake found after parsing (no input on a terminal): exit code 2, one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Writes one-line messages to stderr: `claims: NAME: MESSAGE`. */
export interface Reporter {
  /** An input that could not be read; the run's exit code becomes {@link ExitCode.inputError}. */
  error(name: string, message: string): void;
  /** A failure whose message already names its input (`gold.jsonl:3: …`); like {@link error}. */
  failure(message: string): void;
  /** A notice that does not change the exit code. */
  warning(name: string, message: string): void;
  /** Whether {@link error} was called. */
  readonly failed: boolean;
  /** {@link ExitCode.inputError} if anything failed, else {@link ExitCode.ok}. */
  exitCode(): ExitCode;
}

/** A reporter writing to `stderr`. */
export function createReporter(stderr: NodeJS.WritableStream): Reporter {
  let failed = false;
  stderr.on('error', () => {});
  const write = (name: string, message: string) => stderr.write(`${PROGRAM}: ${name}: ${message}\n`);
  return {
    error(name, message) {
      failed = true;
      write(name, message);
    },
    failure(message) {
      failed = true;
      stderr.write(`${PROGRAM}: ${message}\n`);
    },
    warning: write,
    get failed() {
      return failed;
    },
    exitCode: () => (failed ? ExitCode.inputError : ExitCode.ok),
  };
}
