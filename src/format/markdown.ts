/** `--format markdown`: a heading and a table per document (GitHub-flavoured Markdown). */
import { oneLine, speakerLabel } from './records.js';
import type { SpeakerFormatter, StreamingFormatter } from './types.js';

/** Makes `text` safe inside a table cell: one line, pipes and backslashes escaped. */
export function markdownCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map((cell) => markdownCell(String(cell))).join(' | ')} |\n`;
  return line(head) + `|${head.map(() => ' --- |').join('')}\n` + rows.map(line).join('');
}

/** `## doc`, then a Speaker/Cue/Content/Kind table, or a note that there are no claims. */
export const markdownClaims: StreamingFormatter = {
  streaming: true,
  header: () => '',
  document(result, index) {
    const heading = `${index > 0 ? '\n' : ''}## ${markdownCell(result.doc)}\n\n`;
    if (result.claims.length === 0) return `${heading}_No claims found._\n`;
    const rows = result.claims.map((claim) => [speakerLabel(claim.speaker) || '—', claim.cue.text, claim.content.text, claim.kind]);
    return heading + table(['Speaker', 'Cue', 'Content', 'Kind'], rows);
  },
  footer: () => '',
};

/** One table of speakers. */
export const markdownSpeakers: SpeakerFormatter = {
  render(rows) {
    if (rows.length === 0) return '_No speakers found._\n';
    return table(
      ['Speaker', 'Type', 'Claims', 'Documents', 'Cues'],
      rows.map((row) => [row.name, row.type, row.claims, row.documents, row.cues.join(', ')]),
    );
  },
};
