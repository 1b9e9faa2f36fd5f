/** `claims extract [paths...]`: the claims of every document, in the chosen format. */
import { createSink } from '../../io/output.js';
import { formats } from '../../format/index.js';
import type { DocumentResult } from '../../types.js';
import type { CliIo, Reporter } from '../context.js';
import { forEachDocument } from '../documents.js';
import { extractOptions, formatOptions, showProgress, type CommonOptions } from '../options.js';

/** Runs `extract`. Streaming formats write each document as it completes; json writes once at the end. */
export async function extractCommand(paths: readonly string[], options: CommonOptions, io: CliIo, reporter: Reporter): Promise<void> {
  const formatter = formats[options.format];
  const fmt = formatOptions(options, io);
  const sink = createSink(io.stdout);
  const collected: DocumentResult[] = [];
  const summary = { documents: 0, claims: 0 };
  if (formatter.streaming) await sink.write(formatter.header(fmt));
  await forEachDocument({
    paths,
    input: options.input,
    maxSize: options.maxSize,
    failFast: options.failFast,
    extract: extractOptions(options),
    jobs: options.jobs,
    progress: showProgress(options, io),
    io,
    reporter,
    stop: () => sink.closed,
    async onResult(result) {
      if (!formatter.streaming) {
        collected.push(result);
        return;
      }
      await sink.write(formatter.document(result, summary.documents, fmt));
      summary.documents += 1;
      summary.claims += result.claims.length;
    },
  });
  await sink.write(formatter.streaming ? formatter.footer(summary, fmt) : formatter.render(collected, fmt));
}
