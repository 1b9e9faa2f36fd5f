#!/usr/bin/env node
// The `claims` command. All behaviour lives in src/cli/run.ts; exit codes in src/cli/exit-codes.ts.
import { run } from '../dist/cli/run.js';

process.exitCode = await run({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
