/**
 * `--format table` (the default): for people at a terminal. Grouped by document, content wrapped to the
 * terminal width. The only module that imports chalk and cli-table3; colour comes in as an option.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ClaimKind, DocumentResult } from '../types.js';
import { oneLine, speakerLabel } from './records.js';
import type { FormatOptions, SpeakerFormatter, StreamingFormatter, SpeakerRow } from './types.js';

/** Widths (including one space of padding each side) of the fixed columns; narrower below 80 columns. */
const SPEAKER_WIDTH = { wide: 24, narrow: 16 };
const CUE_WIDTH = { wide: 16, narrow: 12 };
const KIND_WIDTH = 10;
/** Terminals narrower than this get the narrow columns. */
const NARROW_BELOW = 80;
/** Narrowest content column, even if the table then overflows a very narrow terminal (< 60 columns). */
const MIN_CONTENT_WIDTH = 16;
/** Border characters of a table with four columns. */
const BORDERS = 5;

/** A chalk that colours only when asked (level 1 = 16 colours, the same on every terminal). */
function paint(options: FormatOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

/** cli-table3 applies no colour of its own; our cells carry chalk's. */
const PLAIN_STYLE = { head: [], border: [] };

function kindCell(kind: ClaimKind, c: ChalkInstance): string {
  const colour = { direct: c.green, indirect: c.yellow, mixed: c.cyan }[kind];
  return colour(kind);
}

function claimsTable(result: DocumentResult, options: FormatOptions): string {
  const c = paint(options);
  const size = options.width < NARROW_BELOW ? 'narrow' : 'wide';
  const [speakerWidth, cueWidth] = [SPEAKER_WIDTH[size], CUE_WIDTH[size]];
  const contentWidth = Math.max(MIN_CONTENT_WIDTH, options.width - speakerWidth - cueWidth - KIND_WIDTH - BORDERS);
  const table = new Table({
    head: ['Speaker', 'Cue', 'Content', 'Kind'].map((title) => c.bold(title)),
    colWidths: [speakerWidth, cueWidth, contentWidth, KIND_WIDTH],
    wordWrap: true,
    style: PLAIN_STYLE,
  });
  for (const claim of result.claims) {
    table.push([
      claim.speaker === null ? c.dim('(none)') : c.bold(speakerLabel(claim.speaker)),
      claim.cue.text,
      oneLine(claim.content.text),
      kindCell(claim.kind, c),
    ]);
  }
  return table.toString();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A heading per document, then its table; a summary line at the end. */
export const tableClaims: StreamingFormatter = {
  streaming: true,
  header: () => '',
  document(result, index, options) {
    const c = paint(options);
    const heading = `${index > 0 ? '\n' : ''}${c.bold.underline(result.doc)} ${c.dim(`(${plural(result.claims.length, 'claim')})`)}\n`;
    return result.claims.length === 0 ? heading : `${heading}${claimsTable(result, options)}\n`;
  },
  footer(summary, options) {
    const c = paint(options);
    return `\n${c.dim(`${plural(summary.claims, 'claim')} in ${plural(summary.documents, 'document')}`)}\n`;
  },
};

/** Widths of the speakers table's Type, Claims and Docs columns and its borders. */
const SPEAKER_FIXED_WIDTH = 14 + 8 + 6 + 6;

/** One table of speakers; long names and cue lists wrap to fit the width. */
export const tableSpeakers: SpeakerFormatter = {
  render(rows: readonly SpeakerRow[], options) {
    const c = paint(options);
    if (rows.length === 0) return `${c.dim('No speakers found.')}\n`;
    const widest = (cells: string[]) => Math.max(...cells.map((cell) => cell.length)) + 2;
    const nameWidth = Math.min(widest(['Speaker', ...rows.map((row) => row.name)]), Math.max(MIN_CONTENT_WIDTH, Math.floor(options.width * 0.45)));
    const cuesWidth = Math.min(widest(['Cues', ...rows.map((row) => row.cues.join(', '))]), Math.max(MIN_CONTENT_WIDTH, options.width - nameWidth - SPEAKER_FIXED_WIDTH));
    const table = new Table({
      head: ['Speaker', 'Type', 'Claims', 'Docs', 'Cues'].map((title) => c.bold(title)),
      colWidths: [nameWidth, null, null, null, cuesWidth],
      colAligns: ['left', 'left', 'right', 'right', 'left'],
      wordWrap: true,
      style: PLAIN_STYLE,
    });
    for (const row of rows) table.push([c.bold(row.name), row.type, row.claims, row.documents, row.cues.join(', ')]);
    return `${table.toString()}\n`;
  },
};
