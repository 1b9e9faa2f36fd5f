/** `--format markdown`: a heading and a table per document (GitHub-flavoured Markdown). */
import { claimMarks, usedMarks, type Mark } from './marks.js';
import { oneLine, percent, speakerLabel } from './records.js';
import { stanceCounts, stanceRowMarks, targetText } from './stance-cells.js';
import type { SpeakerFormatter, StanceFormatter, StreamingFormatter } from './types.js';
import type { Claim } from '../types.js';

/** Makes `text` safe inside a table cell: one line, pipes and backslashes escaped. */
export function markdownCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** A mark's symbol, with `~` escaped so that two of them never make a strikethrough. */
function symbol(mark: Mark): string {
  return mark.symbol.replace(/~/g, '\\~');
}

function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map((cell) => markdownCell(String(cell))).join(' | ')} |\n`;
  return line(head) + `|${head.map(() => ' --- |').join('')}\n` + rows.map(line).join('');
}

/** The cue with the claim's marks before it: `✗ rejected`. */
function cueCell(claim: Claim): string {
  const marks = claimMarks(claim);
  const cue = markdownCell(claim.cue.text);
  return marks.length === 0 ? cue : `${marks.map(symbol).join('')} ${cue}`;
}

/** A paragraph naming the marks used, after a blank line (a line right under a table would be a row). */
function legend(marks: readonly Mark[]): string {
  if (marks.length === 0) return '';
  const entries = marks.map((mark) => `${symbol(mark)} ${mark.label}`);
  return `\n_Marks: ${entries.join(' · ')}_\n`;
}

/** `## doc`, then a Speaker/Cue/Content/Kind table and a legend of its marks, or a note that there are no claims. */
export const markdownClaims: StreamingFormatter = {
  streaming: true,
  header: () => '',
  document(result, index) {
    const heading = `${index > 0 ? '\n' : ''}## ${markdownCell(result.doc)}\n\n`;
    if (result.claims.length === 0) return `${heading}_No claims found._\n`;
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
    const head = line(['Speaker', 'Cue', 'Content', 'Kind']) + '| --- | --- | --- | --- |\n';
    const rows = result.claims.map((claim) =>
      line([markdownCell(speakerLabel(claim.speaker) || '—'), cueCell(claim), markdownCell(claim.content.text), claim.kind]),
    );
    return heading + head + rows.join('') + legend(usedMarks(result.claims));
  },
  footer: () => '',
};

/** One table of speakers. */
export const markdownSpeakers: SpeakerFormatter = {
  render(rows) {
    if (rows.length === 0) return '_No speakers found._\n';
    return table(
      ['Speaker', 'Type', 'Claims', 'Documents', 'Words', 'Share', 'Cues'],
      rows.map((row) => [row.name, row.type, row.claims, row.documents, row.words, percent(row.share), row.cues.join(', ')]),
    );
  },
};

/** One table of speakers by stance, with the targets of their denials and claims, and a legend. */
export const markdownStances: StanceFormatter = {
  render(rows) {
    if (rows.length === 0) return '_No speakers found._\n';
    const line = (cells: ReadonlyArray<string | number>) => `| ${cells.join(' | ')} |\n`;
    const head = line(['Speaker', 'Type', 'Claims', 'By stance', 'Against']) + '| --- | --- | --- | --- | --- |\n';
    const body = rows.map((row) =>
      line([
        markdownCell(row.name), row.type, row.claims, stanceCounts(row, symbol).join(', '),
        row.targets.map((target) => targetText({ ...target, name: markdownCell(target.name) }, symbol)).join('; '),
      ]),
    );
    return head + body.join('') + legend(stanceRowMarks(rows));
  },
};
