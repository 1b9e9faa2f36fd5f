/**
 * Every exit status of the `claims` command, in one place. `run()` returns one of these; the bin sets
 * `process.exitCode` to it. docs/cli.md repeats this table for users.
 */
export const ExitCode = {
  /** Every input was read and processed; results were written. */
  ok: 0,
  /**
   * Some input could not be read or processed (a missing file, a malformed JSON Lines record, an
   * unreadable gold file). The results of every readable input are still written.
   */
  inputError: 1,
  /** The command line was wrong: unknown command or option, bad option value, no input. */
  usage: 2,
  /** Stopped by Ctrl-C (SIGINT, 128 + 2): the output holds only the documents finished before it. */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15), as {@link interrupted}. */
  terminated: 143,
} as const;

/** One of the exit statuses above. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
