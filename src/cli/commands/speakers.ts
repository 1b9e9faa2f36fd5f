/** `claims speakers [paths...]`: one row per resolved speaker across all documents. */
import { createSink } from '../../io/output.js';
import { speakerFormats, SpeakerTally } from '../../format/index.js';
import type { CliIo, Reporter } from '../context.js';
import { forEachDocument } from '../documents.js';
import { extractOptions, formatOptions, type CommonOptions } from '../options.js';

/** Runs `speakers`: tallies as documents arrive (texts are not kept), writes the rows at the end. */
export async function speakersCommand(paths: readonly string[], options: CommonOptions, io: CliIo, reporter: Reporter): Promise<void> {
  const tally = new SpeakerTally();
  await forEachDocument({ paths, input: options.input, maxSize: options.maxSize, failFast: options.failFast, extract: extractOptions(options), io, reporter, onResult: (result) => tally.add(result) });
  await createSink(io.stdout).write(speakerFormats[options.format].render(tally.rows(), formatOptions(options, io)));
}
