/** `claims eval GOLD.jsonl`: score the extractor against annotated documents (src/eval/). */
import { readFile, writeFile } from 'node:fs/promises';
import type { EvalResult } from '../../eval/index.js';
import { decodeUtf8, REPLACED_WARNING } from '../../io/decode.js';
import { describeError } from '../../io/errors.js';
import { createSink } from '../../io/output.js';
import { TOOL_NAME } from '../../format/index.js';
import type { CliIo, Reporter } from '../context.js';
import { extractOptions } from '../options.js';
import { packageVersion } from '../version.js';

/** `eval` flags. */
export interface EvalOptions {
  json?: boolean;
  errors?: boolean;
  predictions?: string;
  /** Add the reliability table of the claims' confidence. */
  calibration?: boolean;
  /** Score the hand-written rules only, without the trained cue classifier. */
  rulesOnly?: boolean;
}

/** Reads and checks the gold file; reports and returns undefined on failure. */
async function loadGold(file: string, reporter: Reporter, readGold: typeof import('../../eval/index.js').readGold) {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    reporter.error(file, describeError(error));
    return undefined;
  }
  const { text, replaced } = decodeUtf8(bytes);
  if (replaced) reporter.warning(file, REPLACED_WARNING);
  try {
    return readGold(text, file);
  } catch (error) {
    reporter.failure((error as Error).message.split('\n')[0]!);
    return undefined;
  }
}

/**
 * The scores, then the calibration and the error analysis when asked, as text or as
 * `{tool, version, score, calibration?, errors?}` JSON.
 */
function render(result: EvalResult, options: EvalOptions, evaluation: typeof import('../../eval/index.js')): string {
  const { analyzeErrors, calibrate, formatCalibration, formatErrors, formatScoreTable } = evaluation;
  const calibration = options.calibration === true ? calibrate(result.predictions) : undefined;
  if (options.json === true) {
    const output = {
      tool: TOOL_NAME,
      version: packageVersion(),
      score: result.score,
      ...(calibration !== undefined && { calibration }),
      ...(options.errors === true && { errors: analyzeErrors(result) }),
    };
    return `${JSON.stringify(output, null, 2)}\n`;
  }
  const sections = [formatScoreTable(result)];
  if (calibration !== undefined) sections.push(formatCalibration(calibration));
  if (options.errors === true) sections.push(formatErrors(result));
  return `${sections.join('\n\n')}\n`;
}

/** Runs `eval`: exit 1 if the gold file cannot be read or is malformed, or predictions cannot be written. */
export async function evalCommand(gold: string, options: EvalOptions, io: CliIo, reporter: Reporter): Promise<void> {
  // loaded here, not at startup, so --help, --version and usage errors answer at once
  const evaluation = await import('../../eval/index.js');
  const { extractClaims } = await import('../../index.js');
  const docs = await loadGold(gold, reporter, evaluation.readGold);
  if (docs === undefined) return;
  let result: EvalResult;
  try {
    const extraction = extractOptions(options);
    result = evaluation.evaluate(docs, (text) => extractClaims(text, extraction));
  } catch (error) {
    reporter.failure(`${gold}: ${(error as Error).message.split('\n')[0]!}`);
    return;
  }
  if (options.predictions !== undefined) {
    const lines = result.docs.map((doc) => `${JSON.stringify(doc.prediction)}\n`).join('');
    try {
      await writeFile(options.predictions, lines);
    } catch (error) {
      reporter.error(options.predictions, describeError(error));
    }
  }
  await createSink(io.stdout).write(render(result, options, evaluation));
}
