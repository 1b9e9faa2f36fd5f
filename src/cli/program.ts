/**
 * The commander program: commands, options and help text. Parsing only; each command's work is in
 * src/cli/commands/. Commander never exits the process here (exitOverride): run() maps its errors to
 * exit codes.
 */
import { Command } from 'commander';
import { evalCommand, type EvalOptions } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { byStanceOption, sortOption, speakersCommand, type SpeakersOptions } from './commands/speakers.js';
import { PROGRAM, type CliIo, type Reporter } from './context.js';
import { addCommonOptions, rulesOnlyOption, type CommonOptions } from './options.js';
import { packageVersion } from './version.js';

/** Help width when stdout/stderr is not a terminal, so help text is the same everywhere. */
const HELP_WIDTH = 100;

const EXAMPLES = `
Examples:
  $ claims extract article.txt                  claims as a table
  $ claims extract articles/ --format json      every .txt/.md/.jsonl file under articles/, one JSON object
  $ cat article.txt | claims extract            read an article from stdin
  $ claims extract --input jsonl -f ndjson < docs.jsonl > claims.ndjson
                                                map step: {"id","text"} lines in, one claim per line out
  $ claims speakers articles/ -f csv            who is quoted, how often, with which verbs
  $ claims eval gold.jsonl --errors             score against annotated documents

Exit status: 0 success; 1 some input could not be read (the others' results are still written);
2 usage error. Full reference: docs/cli.md.`;

const INPUTS_HELP = `
Inputs: files or folders (searched recursively for .txt and .md articles and .jsonl/.ndjson files
of {"id": "...", "text": "..."} lines). "-", or no path with piped stdin, reads stdin (text unless
--input jsonl). Output is written per document as it completes, except --format json.`;

/** Builds the program; command actions report through `reporter`. */
export function buildProgram(io: CliIo, reporter: Reporter): Command {
  const program = new Command(PROGRAM)
    .description('Extract attributed claims (who said what) from news articles.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${PROGRAM}: ${text.replace(/^error: /, '')}`),
      getOutHelpWidth: () => io.stdout.columns ?? HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', EXAMPLES);

  addCommonOptions(
    program
      .command('extract')
      .description('list the claims in each document: speaker, cue, content, kind')
      .argument('[paths...]', 'files or folders; "-" for stdin'),
  )
    .showHelpAfterError(`(see '${PROGRAM} extract --help')`)
    .addHelpText('after', INPUTS_HELP)
    .action((paths: string[], options: CommonOptions) => extractCommand(paths, options, io, reporter));

  addCommonOptions(
    program
      .command('speakers')
      .description('one row per resolved speaker: name, type, claims, documents, words quoted and their share, cues used')
      .argument('[paths...]', 'files or folders; "-" for stdin'),
  )
    .addOption(sortOption())
    .addOption(byStanceOption())
    .showHelpAfterError(`(see '${PROGRAM} speakers --help')`)
    .addHelpText('after', INPUTS_HELP)
    .action((paths: string[], options: SpeakersOptions) => speakersCommand(paths, options, io, reporter));

  program
    .command('eval')
    .description('score extraction against gold annotations (JSON Lines)')
    .argument('<gold>', 'gold file: one {"id", "text", "attributions"} document per line')
    .option('--json', 'print the scores as JSON')
    .option('--errors', 'add an error analysis: mistakes grouped by cause, with examples')
    .option('--predictions <file>', 'also write the predictions, one document per line, in scorer format')
    .option('--calibration', 'add a reliability table: share of claims right end to end by confidence')
    .addOption(rulesOnlyOption())
    .showHelpAfterError(`(see '${PROGRAM} eval --help')`)
    .action((gold: string, options: EvalOptions) => evalCommand(gold, options, io, reporter));

  program.showHelpAfterError(`(see '${PROGRAM} --help')`);
  return program;
}
