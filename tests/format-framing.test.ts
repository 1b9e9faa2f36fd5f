/**
 * How the formats show framing (stance marks, hedges, disputes, non-claims) and the `speakers`
 * views built on it (words quoted, `--by-stance` with targets), on hand-built claims.
 */
import { describe, expect, it } from 'vitest';
import { STANCE_COLUMNS } from '../src/format/csv.js';
import { FORMAT_NAMES, formats, MARKS, renderClaims, stanceFormats, stanceRows, STANCES, type StanceRow } from '../src/format/index.js';
import { claimMarks, legendLines, usedMarks } from '../src/format/marks.js';
import { stanceTargets } from '../src/format/stance-targets.js';
import { contentWords, countWords } from '../src/format/words.js';
import type { Claim, Speaker, Stance } from '../src/types.js';
import { GOLDEN_OPTIONS, SAMPLE, spanOf } from './golden/sample.js';

const framing = SAMPLE.find((r) => r.doc === 'framing.txt')!;
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('marks', () => {
  it.each([
    ['asserts', ''],
    ['claims', '~'],
    ['denies', '✗'],
    ['concedes', '±'],
    ['asks', '?'],
    ['believes', '…'],
    ['reports', '↳'],
  ] as Array<[Stance, string]>)('stance %s is marked %j', (stance, symbol) => {
    expect(claimMarks({ stance }).map((mark) => mark.symbol).join('')).toBe(symbol);
  });
  it('a hedge, a writer dispute and a non-claim add their marks after the stance', () => {
    expect(claimMarks({ stance: 'reports', hedge: 'reportedly' }).map((m) => m.symbol)).toEqual(['↳', '⚠']);
    expect(claimMarks({ stance: 'asserts', hedge: 'some posts said', disputedByWriter: true }).map((m) => m.symbol)).toEqual(['⚠', '‼']);
    expect(claimMarks({ stance: 'asserts', nonClaim: true }).map((m) => m.symbol)).toEqual(['∅']);
  });
  it('every mark has its own symbol and label', () => {
    expect(new Set(MARKS.map((m) => m.symbol)).size).toBe(MARKS.length);
    expect(new Set(MARKS.map((m) => m.label)).size).toBe(MARKS.length);
    expect(MARKS.map((m) => m.key).sort()).toEqual([...STANCES.filter((s) => s !== 'asserts'), 'hedge', 'disputedByWriter', 'nonClaim'].sort());
  });
  it('the legend names only the marks used, in a fixed order, wrapped to the width', () => {
    expect(usedMarks(framing.claims)).toEqual(MARKS);
    expect(usedMarks(SAMPLE[0]!.claims).map((m) => m.key)).toEqual(['reports', 'hedge']);
    expect(legendLines(usedMarks(SAMPLE[0]!.claims), 80)).toEqual(['Marks: ↳ reports · ⚠ hedged by the writer']);
    const lines = legendLines(MARKS, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(lines.join(' · ')).toBe(legendLines(MARKS, 1000)[0]);
    expect(legendLines([], 80)).toEqual([]);
  });
});

describe('the table shows framing', () => {
  const table = renderClaims(formats.table, [framing], GOLDEN_OPTIONS);
  it.each([
    ['~ claimed'], ['✗ denied'], ['✗ rejected'], ['± admitted'], ['? asked'], ['… believe'], ['↳ reported'], ['↳⚠ reportedly'], ['⚠‼ said'], ['∅ declined'],
  ])('cue cell %j', (cell) => {
    expect(table).toContain(`│ ${cell} `);
  });
  it('a plain assertion has no mark', () => {
    expect(renderClaims(formats.table, [SAMPLE[1]!], GOLDEN_OPTIONS)).toContain('│ said ');
  });
  it('writes a legend under the table, none when no mark is used', () => {
    expect(table).toMatch(/└[─┴]+┘\nMarks: ✗ denies · ~ claims/);
    expect(renderClaims(formats.table, [SAMPLE[1]!], GOLDEN_OPTIONS)).not.toContain('Marks:');
  });
  it.each([100, 80, 60])('still fits a %i-column terminal', (width) => {
    for (const line of renderClaims(formats.table, [framing], { ...GOLDEN_OPTIONS, width }).split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
  });
  it('colours marks only when asked: denial red, hedge yellow', () => {
    const coloured = renderClaims(formats.table, [framing], { ...GOLDEN_OPTIONS, color: true });
    expect(coloured).toContain('\x1b[31m✗\x1b[39m');
    expect(coloured).toContain('\x1b[33m⚠\x1b[39m');
    expect(stripAnsi(coloured)).toBe(table);
  });
});

describe('markdown shows framing', () => {
  const md = renderClaims(formats.markdown, [framing], GOLDEN_OPTIONS);
  it('marks the cue, escaping ~ so that it never strikes through', () => {
    expect(md).toContain('| The Harbour Board | \\~ claimed |');
    expect(md).toContain('| — | ↳⚠ reportedly | leaking | indirect |');
  });
  it('puts the legend after a blank line, so it is not a table row', () => {
    expect(md).toMatch(/\| indirect \|\n\n_Marks: ✗ denies · \\~ claims · .* · ∅ not a claim_\n$/);
  });
});

describe('words', () => {
  it.each([
    ['', 0],
    ['"We never saw a report,"', 5],
    ["it's the Su-25, al-Sham’s jet", 5],
    ['30 rebels — 2,000 shells', 5],
    ['Écoles fermées', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
  it('counts only the pieces of discontinuous content', () => {
    expect(contentWords(SAMPLE[0]!.claims[1]!.content)).toBe(8);
  });
});

/** A claim of a synthetic document, for target tests. */
function said(text: string, speaker: string, name: string, stance: Stance, content: string, extra: Partial<Speaker> & Partial<Claim> = {}): Claim {
  const mention = spanOf(text, speaker);
  const cue = { ...spanOf(text, speaker), lemma: 'say' };
  const c = spanOf(text, content);
  const { nonClaim, ...speakerExtra } = extra;
  return {
    speaker: { ...mention, name, type: 'person', resolution: 'self', ...speakerExtra },
    cue, content: { ...c, spans: [[c.start, c.end]] }, kind: 'indirect', sentence: 0, rule: 'verb-after', stance, confidence: 0.5,
    ...(nonClaim && { nonClaim }),
  };
}

describe('who denies whom', () => {
  it('a denial targets the other speakers named in its content, by name without "the", or by surname', () => {
    const text = 'The Russian Defense Ministry said A. Senator Jane Roe said B. Bob Kay denied that Roe and the Russian Defense Ministry were right.';
    const claims = [
      said(text, 'The Russian Defense Ministry', 'the Russian Defense Ministry', 'asserts', 'A'),
      said(text, 'Senator Jane Roe', 'Senator Jane Roe', 'asserts', 'B'),
      said(text, 'Bob Kay', 'Bob Kay', 'denies', 'Roe and the Russian Defense Ministry were right'),
    ];
    expect(stanceTargets(claims)[2]).toEqual([
      { name: 'the Russian Defense Ministry', type: 'person' },
      { name: 'Senator Jane Roe', type: 'person' },
    ]);
  });
  it('a denial of "assertions" targets the nearest earlier claims-stance claim by another speaker (the seed)', () => {
    const text = 'The ministry maintained X. Rescuers said Y. The State Department rejected Moscow’s assertions.';
    const claims = [
      said(text, 'The ministry', 'the Russian Defense Ministry', 'claims', 'X'),
      said(text, 'Rescuers', 'White Helmets rescuers', 'asserts', 'Y'),
      said(text, 'The State Department', 'The US State Department', 'denies', 'Moscow’s assertions'),
    ];
    expect(stanceTargets(claims)).toEqual([[], [], [{ name: 'the Russian Defense Ministry', type: 'person' }]]);
  });
  it('failing a claims-stance claim, the nearest earlier claim by another speaker', () => {
    const text = 'Ann said X. Bea said Y. Ann rejected the report.';
    const claims = [said(text, 'Ann', 'Ann', 'asserts', 'X'), said(text, 'Bea', 'Bea', 'asserts', 'Y'), said(text, 'Ann rejected', 'Ann', 'denies', 'the report')];
    expect(stanceTargets(claims)[2]).toEqual([{ name: 'Bea', type: 'person' }]);
  });
  it('no target: own name, no statement noun, a non-claim, an unresolved speaker, another stance', () => {
    const text = 'Ann Lee said X. He claimed Y. Lee denied that Lee was there. Ann denied wrongdoing. Ann declined to comment. Ann said Bea lied.';
    const claims = [
      said(text, 'Ann Lee', 'Ann Lee', 'asserts', 'X'),
      said(text, 'He', 'He', 'claims', 'Y', { resolution: 'unresolved', type: 'other' }),
      said(text, 'Lee denied', 'Ann Lee', 'denies', 'Lee was there'),
      said(text, 'Ann denied', 'Ann Lee', 'denies', 'wrongdoing'),
      said(text, 'Ann declined', 'Ann Lee', 'denies', 'to comment', { nonClaim: true }),
      said(text, 'Ann said Bea', 'Ann Lee', 'asserts', 'Bea lied'),
    ];
    expect(stanceTargets(claims)).toEqual([[], [], [], [], [], []]);
  });
  it('claims-stance claims get targets too', () => {
    const text = 'Ann said X. Bea claimed Ann lied.';
    expect(stanceTargets([said(text, 'Ann', 'Ann', 'asserts', 'X'), said(text, 'Bea', 'Bea', 'claims', 'Ann lied')])[1]).toEqual([{ name: 'Ann', type: 'person' }]);
  });
});

describe('--by-stance rows', () => {
  const rows = stanceRows(SAMPLE);
  const row = (name: string) => rows.find((r) => r.name === name)!;
  it('count every stance, 0 when unused, summing to the claims', () => {
    for (const r of rows) {
      expect(Object.keys(r.stances)).toEqual([...STANCES]);
      expect(Object.values(r.stances).reduce((a, b) => a + b, 0)).toBe(r.claims);
    }
    expect(row('Lena Ortiz')).toEqual({
      name: 'Lena Ortiz', type: 'person', claims: 2,
      stances: { asserts: 0, claims: 0, denies: 1, concedes: 0, asks: 1, believes: 0, reports: 0 },
      targets: [{ stance: 'denies', name: 'The Harbour Board', type: 'organization', claims: 1 }],
    });
  });
  it('"The union rejected those assertions" denies the Harbour Board, which claimed before', () => {
    expect(row('The union').targets).toEqual([{ stance: 'denies', name: 'The Harbour Board', type: 'organization', claims: 1 }]);
  });
  it('add up targets across documents, denials first', () => {
    const twice = stanceRows([framing, framing]);
    expect(twice.find((r) => r.name === 'Lena Ortiz')!.targets).toEqual([{ stance: 'denies', name: 'The Harbour Board', type: 'organization', claims: 2 }]);
    const claimsToo = { ...framing.claims[1]!, stance: 'claims' as const };
    expect(stanceRows([{ claims: [...framing.claims, claimsToo] }]).find((r) => r.name === 'Lena Ortiz')!.targets.map((t) => t.stance)).toEqual(['denies', 'claims']);
  });
});

describe('--by-stance formats', () => {
  const rows = stanceRows(SAMPLE);
  it('every format renders rows and no rows', () => {
    for (const name of FORMAT_NAMES) {
      expect(stanceFormats[name].render(rows, GOLDEN_OPTIONS).length).toBeGreaterThan(0);
      expect(typeof stanceFormats[name].render([], GOLDEN_OPTIONS)).toBe('string');
    }
  });
  it('json names the tool and schema version; ndjson is one row per line', () => {
    expect(JSON.parse(stanceFormats.json.render(rows, GOLDEN_OPTIONS))).toEqual({ tool: 'claims', version: '9.9.9-test', schemaVersion: 3, stances: rows });
    expect(stanceFormats.ndjson.render(rows, GOLDEN_OPTIONS).trimEnd().split('\n').map((line) => JSON.parse(line) as StanceRow)).toEqual(rows);
  });
  it('csv has a count column per stance and a targets column per target stance', () => {
    const out = stanceFormats.csv.render(rows, GOLDEN_OPTIONS).split('\r\n');
    expect(out[0]).toBe(STANCE_COLUMNS.join(','));
    expect(STANCE_COLUMNS).toEqual([
      'name', 'type', 'claims', 'stance_asserts', 'stance_claims', 'stance_denies', 'stance_concedes', 'stance_asks', 'stance_believes', 'stance_reports',
      'denies_targets', 'claims_targets',
    ]);
    expect(out).toContain('The union,group,1,0,0,1,0,0,0,0,The Harbour Board (1),');
  });
  it.each([100, 80])('the table fits a %i-column terminal and ends with a legend', (width) => {
    const out = stanceFormats.table.render(rows, { ...GOLDEN_OPTIONS, width });
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
    expect(out).toContain('✗ The Harbour');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^Marks: ✗ denies/);
  });
  it('markdown lists targets in a cell', () => {
    expect(stanceFormats.markdown.render(rows, GOLDEN_OPTIONS)).toContain('| The union | group | 1 | ✗ denies 1 | ✗ The Harbour Board (1) |');
  });
});
