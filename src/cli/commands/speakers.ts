/** `claims speakers [paths...]`: one row per resolved speaker across all documents, or by stance. */
import { Option } from 'commander';
import { createSink } from '../../io/output.js';
import { SPEAKER_SORTS, speakerFormats, SpeakerTally, stanceFormats, type SpeakerSort } from '../../format/index.js';
import type { CliIo, Reporter } from '../context.js';
import { forEachDocument } from '../documents.js';
import { extractOptions, formatOptions, showProgress, type CommonOptions } from '../options.js';

/** `speakers` flags. */
export interface SpeakersOptions extends CommonOptions {
  /** Row order (`--sort`). */
  sort: SpeakerSort;
  /** The by-stance view instead of the speaker rows (`--by-stance`). */
  byStance?: boolean;
}

/** `--sort claims|words|name`. */
export function sortOption(): Option {
  return new Option('--sort <key>', 'order rows by most claims, most words quoted, or name').choices(SPEAKER_SORTS).default('claims');
}

/** `--by-stance`. */
export function byStanceOption(): Option {
  return new Option('--by-stance', "per speaker, claims by stance and whom it denies or makes claims against");
}

/** Runs `speakers`: tallies as documents arrive (texts are not kept), writes the rows at the end. */
export async function speakersCommand(paths: readonly string[], options: SpeakersOptions, io: CliIo, reporter: Reporter): Promise<void> {
  const tally = new SpeakerTally();
  await forEachDocument({ paths, input: options.input, maxSize: options.maxSize, failFast: options.failFast, extract: extractOptions(options),
    jobs: options.jobs, progress: showProgress(options, io), io, reporter, onResult: (result) => tally.add(result) });
  const fmt = formatOptions(options, io);
  const output = options.byStance === true
    ? stanceFormats[options.format].render(tally.stanceRows(options.sort), fmt)
    : speakerFormats[options.format].render(tally.rows(options.sort), fmt);
  await createSink(io.stdout).write(output);
}
