/** Formatter unit tests on hand-built claims (tests/golden/sample.ts); no extraction involved. */
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, CLAIM_COLUMNS } from '../src/format/csv.js';
import { FORMAT_NAMES, formats, renderClaims, speakerFormats, speakerRows, toClaimRecord } from '../src/format/index.js';
import { stringify } from '../src/format/json.js';
import { markdownCell } from '../src/format/markdown.js';
import { oneLine, speakerLabel } from '../src/format/records.js';
import type { Claim } from '../src/types.js';
import { GOLDEN_OPTIONS, SAMPLE } from './golden/sample.js';

const ANSI = /\x1b\[[0-9;]*m/;
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const [ports, strike, quiet, framing] = SAMPLE as [typeof SAMPLE[0], typeof SAMPLE[0], typeof SAMPLE[0], typeof SAMPLE[0]];
const CLAIMS = SAMPLE.reduce((sum, r) => sum + r.claims.length, 0);

describe('the sample itself', () => {
  it('has every span equal to its text slice', () => {
    for (const { text, claims, diagnostics } of SAMPLE) {
      for (const claim of claims) {
        const spans = [claim.cue, claim.content, ...(claim.speaker ? [claim.speaker] : []), ...(claim.speaker?.antecedent ? [claim.speaker.antecedent] : [])];
        for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      for (const d of diagnostics) expect(text.slice(d.span.start, d.span.end)).toBe(d.span.text);
    }
  });
});

describe('claim records', () => {
  it('have the documented keys in a fixed order', () => {
    const record = toClaimRecord('ports.txt', ports.claims[1]!);
    expect(Object.keys(record)).toEqual(['doc', 'speaker', 'cue', 'content', 'kind', 'sentence', 'rule', 'stance', 'confidence']);
    expect(Object.keys(record.speaker!)).toEqual(['text', 'start', 'end', 'name', 'type', 'resolution', 'antecedent']);
    expect(Object.keys(record.cue)).toEqual(['text', 'start', 'end', 'lemma']);
    expect(Object.keys(record.content)).toEqual(['text', 'start', 'end', 'spans']);
  });
  it('carry hedge, dispute, non-claim, role and affiliation only when present', () => {
    const keys = (k: number) => Object.keys(toClaimRecord('framing.txt', framing.claims[k]!));
    expect(keys(7)).toEqual(['doc', 'speaker', 'cue', 'content', 'kind', 'sentence', 'rule', 'stance', 'hedge', 'confidence']);
    expect(keys(8)).toEqual(['doc', 'speaker', 'cue', 'content', 'kind', 'sentence', 'rule', 'stance', 'hedge', 'disputedByWriter', 'confidence']);
    expect(keys(9)).toEqual(['doc', 'speaker', 'cue', 'content', 'kind', 'sentence', 'rule', 'stance', 'nonClaim', 'confidence']);
    expect(toClaimRecord('d', framing.claims[3]!).speaker).toMatchObject({ role: 'spokesman', affiliation: 'The Harbour Board' });
    expect(Object.keys(toClaimRecord('d', framing.claims[0]!).speaker!)).not.toContain('role');
  });
  it('leave out an absent antecedent and keep a null speaker', () => {
    expect('antecedent' in toClaimRecord('d', ports.claims[0]!).speaker!).toBe(false);
    expect(toClaimRecord('d', ports.claims[3]!).speaker).toBeNull();
  });
  it('do not leak fields a stage may add to a claim', () => {
    const claim = { ...ports.claims[0]!, debug: 'x', cue: { ...ports.claims[0]!.cue, score: 1 } } as Claim;
    expect(JSON.stringify(toClaimRecord('d', claim))).not.toMatch(/debug|score/);
  });
});

/** The records of an RFC 4180 text, fields unquoted (enough for the formatter's own output). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  for (let k = 0, quoted = false; k < text.length; k++) {
    const ch = text[k]!;
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') (field += '"'), k++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') fields.push(field), (field = '');
    else if (ch === '\r' && text[k + 1] === '\n') records.push([...fields, field]), (fields = []), (field = ''), k++;
    else field += ch;
  }
  return records;
}

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' spaced ', ' spaced '],
    [42, '42'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
  it('ends records with CRLF', () => {
    expect(csvRow(['a', 1])).toBe('a,1\r\n');
  });
  it('has the documented header and one row per claim', () => {
    const out = renderClaims(formats.csv, SAMPLE, GOLDEN_OPTIONS);
    expect(out.split('\r\n')[0]).toBe(CLAIM_COLUMNS.join(','));
    expect(CLAIM_COLUMNS).toEqual([
      'doc', 'speaker', 'speaker_name', 'speaker_type', 'cue', 'cue_lemma', 'content', 'kind', 'start', 'end', 'sentence', 'rule',
      'stance', 'hedge', 'disputed_by_writer', 'non_claim', 'confidence', 'speaker_role', 'speaker_affiliation',
    ]);
    // one row per claim + header; the quoted line break inside a field is a bare \n, not a record end
    expect(out.split('\r\n').filter(Boolean)).toHaveLength(CLAIMS + 1);
  });
  it('fills the framing columns: stance, hedge, flags as true or empty, confidence, role, affiliation', () => {
    const out = renderClaims(formats.csv, [framing], GOLDEN_OPTIONS);
    const rows = parseCsv(out).slice(1);
    const column = (name: (typeof CLAIM_COLUMNS)[number]) => rows.map((row) => row[CLAIM_COLUMNS.indexOf(name)]);
    expect(column('stance')).toEqual(['claims', 'denies', 'denies', 'concedes', 'asks', 'believes', 'reports', 'reports', 'asserts', 'asserts']);
    expect(column('hedge')).toEqual(['', '', '', '', '', '', '', 'reportedly', 'some posts said', '']);
    expect(column('disputed_by_writer')).toEqual(['', '', '', '', '', '', '', '', 'true', '']);
    expect(column('non_claim')).toEqual(['', '', '', '', '', '', '', '', '', 'true']);
    expect(column('confidence')).toEqual(Array(10).fill('0.5'));
    expect(column('speaker_role')).toEqual(['', 'Mayor', '', 'spokesman', '', '', '', '', '', '']);
    expect(column('speaker_affiliation')).toEqual(['', '', '', 'The Harbour Board', '', '', '', '', '', '']);
  });
});

describe('markdown', () => {
  it('escapes pipes and backslashes and joins lines in cells', () => {
    expect(markdownCell('a | b\\c\nd')).toBe('a \\| b\\\\c d');
  });
  it('writes a heading per document and notes one without claims', () => {
    const out = renderClaims(formats.markdown, SAMPLE, GOLDEN_OPTIONS);
    expect(out.match(/^## /gm)).toHaveLength(SAMPLE.length);
    expect(out).toContain('## quiet.txt\n\n_No claims found._\n');
  });
});

describe('json and ndjson', () => {
  it('names the tool, version and schema version', () => {
    const out = JSON.parse(renderClaims(formats.json, SAMPLE, GOLDEN_OPTIONS));
    expect(out).toMatchObject({ tool: 'claims', version: '9.9.9-test' });
    expect(out).toMatchObject({ schemaVersion: 3 });
    expect(out.documents.map((d: { doc: string }) => d.doc)).toEqual(['ports.txt', 'strike, "day 2".md', 'quiet.txt', 'framing.txt']);
    expect(out.documents[1].diagnostics[0]).toEqual({ id: 'unclosed-quote', message: expect.any(String), span: strike.diagnostics[0]!.span });
  });
  it('keeps [start, end] pairs on one line and still round-trips', () => {
    const value = { spans: [[1, 2], [30, 40]], n: [1, 2, 3] };
    expect(stringify(value)).toContain('[1, 2]');
    expect(JSON.parse(stringify(value))).toEqual(value);
  });
  it('ndjson writes one claim per line, each naming its document', () => {
    const lines = renderClaims(formats.ndjson, SAMPLE, GOLDEN_OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(CLAIMS);
    expect(lines.map((line) => JSON.parse(line).doc)).toEqual([...Array(4).fill('ports.txt'), 'strike, "day 2".md', ...Array(10).fill('framing.txt')]);
  });
});

describe('table', () => {
  it.each([100, 80, 60])('fits a %i-column terminal', (width) => {
    const out = renderClaims(formats.table, SAMPLE, { ...GOLDEN_OPTIONS, width });
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
  });
  it('colours only when asked', () => {
    expect(renderClaims(formats.table, SAMPLE, { ...GOLDEN_OPTIONS, color: false })).not.toMatch(ANSI);
    const coloured = renderClaims(formats.table, SAMPLE, { ...GOLDEN_OPTIONS, color: true });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toBe(renderClaims(formats.table, SAMPLE, GOLDEN_OPTIONS));
  });
  it('shows the mention and the resolved name', () => {
    expect(speakerLabel(ports.claims[1]!.speaker)).toBe('it → The Ministry of Ports');
    expect(speakerLabel(ports.claims[0]!.speaker)).toBe('The Ministry of Ports');
    expect(speakerLabel(null)).toBe('');
  });
  it('ends with a summary line', () => {
    expect(renderClaims(formats.table, SAMPLE, GOLDEN_OPTIONS).trimEnd().split('\n').at(-1)).toBe(`${CLAIMS} claims in 4 documents`);
  });
});

describe('streaming formats', () => {
  it('write the same output a document at a time as all at once', () => {
    for (const name of FORMAT_NAMES) {
      const formatter = formats[name];
      if (!formatter.streaming) continue;
      const pieces = [formatter.header(GOLDEN_OPTIONS), ...SAMPLE.map((r, k) => formatter.document(r, k, GOLDEN_OPTIONS)), formatter.footer({ documents: SAMPLE.length, claims: CLAIMS }, GOLDEN_OPTIONS)];
      expect(pieces.join('')).toBe(renderClaims(formatter, SAMPLE, GOLDEN_OPTIONS));
    }
  });
  it('json is the only batch format', () => {
    expect(FORMAT_NAMES.filter((name) => !formats[name].streaming)).toEqual(['json']);
  });
});

describe('speakers', () => {
  it('counts resolved speakers, skipping claims without one, with the words of their content', () => {
    // ports: "dredging would resume" (3) + the two quoted pieces, not "it said" between them (4 + 4)
    expect(speakerRows(SAMPLE.slice(0, 2))).toEqual([
      { name: 'The Ministry of Ports', type: 'organization', claims: 2, documents: 1, words: 11, share: 0.4783, cues: ['say'] },
      { name: 'Ada Brook', type: 'person', claims: 1, documents: 1, words: 6, share: 0.2609, cues: ['say'] },
      { name: 'the union', type: 'group', claims: 1, documents: 1, words: 6, share: 0.2609, cues: ['say'] },
    ]);
  });
  it('counts documents and orders cues by use', () => {
    const claim = (lemma: string): Claim => ({ ...ports.claims[2]!, cue: { ...ports.claims[2]!.cue, lemma } });
    const rows = speakerRows([{ claims: [claim('tell'), claim('say'), claim('say')] }, { claims: [claim('add')] }, quiet]);
    expect(rows).toEqual([{ name: 'Ada Brook', type: 'person', claims: 4, documents: 2, words: 24, share: 1, cues: ['say', 'add', 'tell'] }]);
  });
  it('a non-claim counts as a claim but adds no words', () => {
    const board = speakerRows([framing]).find((row) => row.name === 'The Harbour Board')!;
    expect(board).toMatchObject({ claims: 2, words: 4, cues: ['claim', 'decline'] });
  });
  it('shares add up to 1 (to rounding) and are 0 when nothing was said', () => {
    const rows = speakerRows(SAMPLE);
    expect(rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 3);
    const silent = { ...framing.claims[9]! };
    expect(speakerRows([{ claims: [silent] }])).toEqual([expect.objectContaining({ words: 0, share: 0 })]);
  });
  it.each([
    ['claims', ['Lena Ortiz', 'The Harbour Board', 'The Ministry of Ports', 'Ada Brook']],
    ['words', ['The Ministry of Ports', 'Lena Ortiz', 'Ada Brook', 'the union']],
    ['name', ['Ada Brook', 'Lena Ortiz', 'Residents', 'some posts']],
  ] as const)('sorts by %s', (sort, first) => {
    expect(speakerRows(SAMPLE, sort).slice(0, 4).map((row) => row.name)).toEqual(first);
  });
  it.each([100, 80])('the table wraps long names and cue lists to a %i-column terminal', (width) => {
    const row = {
      name: 'the hardline Islamist bloc Hayat Tahrir al-Sham and its many allied factions in the north', type: 'organization' as const,
      claims: 3, documents: 2, words: 123456, share: 1, cues: ['say', 'claim', 'maintain', 'insist', 'deny', 'tell', 'warn', 'add'],
    };
    const out = speakerFormats.table.render([row], { ...GOLDEN_OPTIONS, width });
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
  });
  it('every speakers format handles no rows', () => {
    for (const name of FORMAT_NAMES) expect(typeof speakerFormats[name].render([], GOLDEN_OPTIONS)).toBe('string');
  });
});

it('oneLine collapses whitespace', () => {
  expect(oneLine(' a\n\n b\tc ')).toBe('a b c');
});
