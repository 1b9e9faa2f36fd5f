/**
 * `--format table` (the default): for people at a terminal. Grouped by document, content wrapped to the
 * terminal width. The only module that imports chalk and cli-table3; colour comes in as an option.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Claim, ClaimKind, DocumentResult } from '../types.js';
import { claimMarks, legendLines, usedMarks, type Mark, type MarkKey } from './marks.js';
import { oneLine, percent, speakerLabel } from './records.js';
import { stanceCounts, stanceRowMarks, targetText } from './stance-cells.js';
import type { FormatOptions, SpeakerFormatter, StanceFormatter, StreamingFormatter, SpeakerRow } from './types.js';

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

/** The colour of each mark: contradiction red, distance yellow, the rest one hue each. */
function markColour(key: MarkKey, c: ChalkInstance): ChalkInstance {
  const colours: Record<MarkKey, ChalkInstance> = {
    denies: c.red, claims: c.yellow, concedes: c.magenta, asks: c.blue, believes: c.cyan, reports: c.gray,
    hedge: c.yellow, disputedByWriter: c.red.bold, nonClaim: c.dim,
  };
  return colours[key];
}

/** A mark's symbol in its colour. */
function symbol(c: ChalkInstance): (mark: Mark) => string {
  return (mark) => markColour(mark.key, c)(mark.symbol);
}

/** The cue, after the claim's marks: `✗ rejected`, `↳⚠ reportedly`. */
function cueCell(claim: Claim, c: ChalkInstance): string {
  const marks = claimMarks(claim);
  return marks.length === 0 ? claim.cue.text : `${marks.map(symbol(c)).join('')} ${claim.cue.text}`;
}

/** The legend of `marks` under a table, wrapped to the width; nothing when no mark is used. */
function legend(marks: readonly Mark[], options: FormatOptions, c: ChalkInstance): string {
  const paint = symbol(c);
  return legendLines(marks, options.width, (mark) => `${paint(mark)} ${c.dim(mark.label)}`).map((line) => `${line}\n`).join('');
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
      cueCell(claim, c),
      oneLine(claim.content.text),
      kindCell(claim.kind, c),
    ]);
  }
  return `${table.toString()}\n${legend(usedMarks(result.claims), options, c)}`;
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
    return result.claims.length === 0 ? heading : `${heading}${claimsTable(result, options)}`;
  },
  footer(summary, options) {
    const c = paint(options);
    return `\n${c.dim(`${plural(summary.claims, 'claim')} in ${plural(summary.documents, 'document')}`)}\n`;
  },
};

/** Widths of the speakers table's Type, Claims, Docs, Words and Share columns and its borders. */
const SPEAKER_FIXED_WIDTH = 14 + 8 + 6 + 8 + 8 + 8;
/** Narrowest name and cues columns of the speakers table: with the fixed ones, 78 columns. */
const MIN_NAME_WIDTH = 16;
const MIN_CUES_WIDTH = 10;
/** Share of the free width the name column may take before the cues column. */
const NAME_SHARE = 0.6;

/** The widest cell plus padding. */
const widest = (cells: string[]) => Math.max(...cells.map((cell) => [...cell].length)) + 2;

/** One table of speakers; long names and cue lists wrap to fit the width. */
export const tableSpeakers: SpeakerFormatter = {
  render(rows: readonly SpeakerRow[], options) {
    const c = paint(options);
    if (rows.length === 0) return `${c.dim('No speakers found.')}\n`;
    const free = options.width - SPEAKER_FIXED_WIDTH;
    const widestName = widest(['Speaker', ...rows.map((row) => row.name)]);
    const firstName = Math.min(widestName, Math.max(MIN_NAME_WIDTH, Math.floor(free * NAME_SHARE)));
    const cuesWidth = Math.min(widest(['Cues', ...rows.map((row) => row.cues.join(', '))]), Math.max(MIN_CUES_WIDTH, free - firstName));
    // what the cues leave over goes back to the names
    const nameWidth = Math.max(firstName, Math.min(widestName, free - cuesWidth));
    const table = new Table({
      head: ['Speaker', 'Type', 'Claims', 'Docs', 'Words', 'Share', 'Cues'].map((title) => c.bold(title)),
      colWidths: [nameWidth, null, null, null, null, null, cuesWidth],
      colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
      wordWrap: true,
      style: PLAIN_STYLE,
    });
    for (const row of rows) table.push([c.bold(row.name), row.type, row.claims, row.documents, row.words, percent(row.share), row.cues.join(', ')]);
    return `${table.toString()}\n`;
  },
};

/** Widths of the by-stance table's Type and Claims columns and its borders. */
const STANCE_FIXED_WIDTH = 14 + 8 + 6;
/** Shares of the free width for the name and the stance counts; the targets take the rest. */
const STANCE_NAME_SHARE = 0.35;
const STANCE_COUNTS_SHARE = 0.3;

/** One table of speakers by stance, the targets of their denials and claims one per line, and a legend. */
export const tableStances: StanceFormatter = {
  render(rows, options) {
    const c = paint(options);
    if (rows.length === 0) return `${c.dim('No speakers found.')}\n`;
    const free = Math.max(3 * MIN_CUES_WIDTH, options.width - STANCE_FIXED_WIDTH);
    const nameWidth = Math.min(widest(['Speaker', ...rows.map((row) => row.name)]), Math.max(MIN_CUES_WIDTH, Math.floor(free * STANCE_NAME_SHARE)));
    const countsWidth = Math.max(MIN_CUES_WIDTH, Math.floor(free * STANCE_COUNTS_SHARE));
    const table = new Table({
      head: ['Speaker', 'Type', 'Claims', 'By stance', 'Against'].map((title) => c.bold(title)),
      colWidths: [nameWidth, null, null, countsWidth, Math.max(MIN_CUES_WIDTH, free - nameWidth - countsWidth)],
      colAligns: ['left', 'left', 'right', 'left', 'left'],
      wordWrap: true,
      style: PLAIN_STYLE,
    });
    const paintMark = symbol(c);
    for (const row of rows) {
      table.push([c.bold(row.name), row.type, row.claims, stanceCounts(row, paintMark).join('\n'), row.targets.map((target) => targetText(target, paintMark)).join('\n')]);
    }
    return `${table.toString()}\n${legend(stanceRowMarks(rows), options, c)}`;
  },
};
