/**
 * The CLI entry point: `run(io)` parses `io.argv`, runs the command and resolves to an exit code
 * (src/cli/exit-codes.ts). It never calls process.exit, never throws, and prints errors as one line on
 * stderr, never a stack trace.
 */
import { CommanderError } from 'commander';
import { createReporter, PROGRAM, UsageError, type CliIo } from './context.js';
import { ExitCode } from './exit-codes.js';
import { buildProgram } from './program.js';

export type { CliIo } from './context.js';
export { ExitCode } from './exit-codes.js';

function ignore(): void {}

/** Runs the `claims` command line with the given streams and environment. */
export async function run(io: CliIo): Promise<ExitCode> {
  // A reader that goes away (`claims --help | head -1`) is not an error worth a stack trace: writes
  // after it are dropped (see io/output.ts). Kept attached: the error event can come after we return.
  io.stdout.on('error', ignore);
  const reporter = createReporter(io.stderr);
  try {
    await buildProgram(io, reporter).parseAsync([...io.argv], { from: 'user' });
    if (io.signal?.aborted === true) {
      const name = String(io.signal.reason);
      io.stderr.write(`${PROGRAM}: interrupted by ${name}: the output holds the documents finished before it\n`);
      return name === 'SIGTERM' ? ExitCode.terminated : ExitCode.interrupted;
    }
    return reporter.exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      return ExitCode.usage;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`${PROGRAM}: internal error: ${message}\n`);
    return ExitCode.inputError;
  }
}
