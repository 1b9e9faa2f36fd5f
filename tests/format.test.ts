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
const [ports, strike, quiet] = SAMPLE as [typeof SAMPLE[0], typeof SAMPLE[0], typeof SAMPLE[0]];

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
  it('leave out an absent antecedent and keep a null speaker', () => {
    expect('antecedent' in toClaimRecord('d', ports.claims[0]!).speaker!).toBe(false);
    expect(toClaimRecord('d', ports.claims[3]!).speaker).toBeNull();
  });
  it('do not leak fields a stage may add to a claim', () => {
    const claim = { ...ports.claims[0]!, debug: 'x', cue: { ...ports.claims[0]!.cue, score: 1 } } as Claim;
    expect(JSON.stringify(toClaimRecord('d', claim))).not.toMatch(/debug|score/);
  });
});

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
    expect(CLAIM_COLUMNS).toEqual(['doc', 'speaker', 'speaker_name', 'speaker_type', 'cue', 'cue_lemma', 'content', 'kind', 'start', 'end', 'sentence', 'rule']);
    // 5 claims + header; the quoted line break inside a field is a bare \n, not a record end
    expect(out.split('\r\n').filter(Boolean)).toHaveLength(6);
  });
});

describe('markdown', () => {
  it('escapes pipes and backslashes and joins lines in cells', () => {
    expect(markdownCell('a | b\\c\nd')).toBe('a \\| b\\\\c d');
  });
  it('writes a heading per document and notes one without claims', () => {
    const out = renderClaims(formats.markdown, SAMPLE, GOLDEN_OPTIONS);
    expect(out.match(/^## /gm)).toHaveLength(3);
    expect(out).toContain('## quiet.txt\n\n_No claims found._\n');
  });
});

describe('json and ndjson', () => {
  it('names the tool, version and schema version', () => {
    const out = JSON.parse(renderClaims(formats.json, SAMPLE, GOLDEN_OPTIONS));
    expect(out).toMatchObject({ tool: 'claims', version: '9.9.9-test', schemaVersion: 2 });
    expect(out.documents.map((d: { doc: string }) => d.doc)).toEqual(['ports.txt', 'strike, "day 2".md', 'quiet.txt']);
    expect(out.documents[1].diagnostics[0]).toEqual({ id: 'unclosed-quote', message: expect.any(String), span: strike.diagnostics[0]!.span });
  });
  it('keeps [start, end] pairs on one line and still round-trips', () => {
    const value = { spans: [[1, 2], [30, 40]], n: [1, 2, 3] };
    expect(stringify(value)).toContain('[1, 2]');
    expect(JSON.parse(stringify(value))).toEqual(value);
  });
  it('ndjson writes one claim per line, each naming its document', () => {
    const lines = renderClaims(formats.ndjson, SAMPLE, GOLDEN_OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => JSON.parse(line).doc)).toEqual(['ports.txt', 'ports.txt', 'ports.txt', 'ports.txt', 'strike, "day 2".md']);
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
    expect(renderClaims(formats.table, SAMPLE, GOLDEN_OPTIONS).trimEnd().split('\n').at(-1)).toBe('5 claims in 3 documents');
  });
});

describe('streaming formats', () => {
  it('write the same output a document at a time as all at once', () => {
    for (const name of FORMAT_NAMES) {
      const formatter = formats[name];
      if (!formatter.streaming) continue;
      const pieces = [formatter.header(GOLDEN_OPTIONS), ...SAMPLE.map((r, k) => formatter.document(r, k, GOLDEN_OPTIONS)), formatter.footer({ documents: 3, claims: 5 }, GOLDEN_OPTIONS)];
      expect(pieces.join('')).toBe(renderClaims(formatter, SAMPLE, GOLDEN_OPTIONS));
    }
  });
  it('json is the only batch format', () => {
    expect(FORMAT_NAMES.filter((name) => !formats[name].streaming)).toEqual(['json']);
  });
});

describe('speakers', () => {
  it('counts resolved speakers, skipping claims without one', () => {
    expect(speakerRows(SAMPLE)).toEqual([
      { name: 'The Ministry of Ports', type: 'organization', claims: 2, documents: 1, cues: ['say'] },
      { name: 'Ada Brook', type: 'person', claims: 1, documents: 1, cues: ['say'] },
      { name: 'the union', type: 'group', claims: 1, documents: 1, cues: ['say'] },
    ]);
  });
  it('counts documents and orders cues by use', () => {
    const claim = (lemma: string): Claim => ({ ...ports.claims[2]!, cue: { ...ports.claims[2]!.cue, lemma } });
    const rows = speakerRows([{ claims: [claim('tell'), claim('say'), claim('say')] }, { claims: [claim('add')] }, quiet]);
    expect(rows).toEqual([{ name: 'Ada Brook', type: 'person', claims: 4, documents: 2, cues: ['say', 'add', 'tell'] }]);
  });
  it('the table wraps long names and cue lists to the width', () => {
    const row = { name: 'the hardline Islamist bloc Hayat Tahrir al-Sham and its many allied factions in the north', type: 'organization' as const, claims: 3, documents: 2, cues: ['say', 'claim', 'maintain', 'insist', 'deny', 'tell', 'warn', 'add'] };
    const out = speakerFormats.table.render([row], { ...GOLDEN_OPTIONS, width: 100 });
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });
  it('every speakers format handles no rows', () => {
    for (const name of FORMAT_NAMES) expect(typeof speakerFormats[name].render([], GOLDEN_OPTIONS)).toBe('string');
  });
});

it('oneLine collapses whitespace', () => {
  expect(oneLine(' a\n\n b\tc ')).toBe('a b c');
});
