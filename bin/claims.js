#!/usr/bin/env node
// The `claims` command. All behaviour lives in src/cli/run.ts; exit codes in src/cli/exit-codes.ts.

// Whatever happens, the user sees one line, never a stack trace.
const die = (error) => {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`claims: internal error: ${message}\n`);
  process.exit(1);
};
process.on('uncaughtException', die);
process.on('unhandledRejection', die);

// Ctrl-C (or SIGTERM) stops after the current document, so the output holds only whole documents; a
// second one kills at once (the handler is gone).
const interrupt = new AbortController();
for (const name of ['SIGINT', 'SIGTERM']) process.once(name, () => interrupt.abort(name));

const { run } = await import('../dist/cli/run.js');
process.exitCode = await run({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupt.signal,
});
if (interrupt.signal.aborted) {
  process.stdin.destroy(); // a read of stdin may still be pending
  setTimeout(() => process.exit(), 1000).unref(); // nor wait for reads (a FIFO) that never end
}
