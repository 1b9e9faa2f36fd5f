import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGold } from '../src/eval/index.js';

const doc = (over: Record<string, unknown> = {}, at: Record<string, unknown> = {}): string =>
  JSON.stringify({
    id: 'd1',
    text: 'Ann said it rained.',
    attributions: [{ source: [[0, 3]], cue: [[4, 8]], content: [[9, 18]], kind: 'indirect', ...at }],
    ...over,
  });

describe('readGold', () => {
  it('reads every line of the fixture gold, skipping blank lines', () => {
    const docs = readGold(fs.readFileSync('fixtures/eval/gold.jsonl', 'utf8') + '\n\n', 'gold.jsonl');
    expect(docs.map((d) => d.id)).toEqual(['basic', 'colon', 'discontinuous', 'unannotated-cue', 'not-predicted']);
    expect(docs[3].unannotated).toEqual(['cue']);
    expect(docs[0].attributions[2].antecedent).toEqual([[74, 101]]);
    expect(docs[2].attributions[2].optional).toBe(true);
  });

  it('accepts CRLF line ends, a BOM, and keeps stance and note', () => {
    const docs = readGold('\uFEFF' + doc({}, { stance: 'neutral', note: 'x', extra: 1 }) + '\r\n', 'g');
    expect(docs[0].attributions[0]).toEqual({ source: [[0, 3]], cue: [[4, 8]], content: [[9, 18]], kind: 'indirect', stance: 'neutral', note: 'x' });
  });

  it.each([
    ['not JSON', '{"id": ', /^g\.jsonl:2: invalid JSON: /],
    ['not an object', '[1, 2]', /^g\.jsonl:2: expected a JSON object/],
    ['no id', doc({ id: '' }), /^g\.jsonl:2: "id" must be a non-empty string$/],
    ['no text', doc({ text: 3 }), /^g\.jsonl:2: "text" must be a string$/],
    ['no attributions', doc({ attributions: {} }), /^g\.jsonl:2: "attributions" must be a list$/],
    ['span past the text', doc({}, { content: [[9, 99]] }), /^g\.jsonl:2: attributions\[0\]\.content\[0\] \[9, 99\] is not within the text \(length 19\)$/],
    ['reversed span', doc({}, { cue: [[8, 4]] }), /attributions\[0\]\.cue\[0\] \[8, 4\] is not within/],
    ['span not a pair', doc({}, { source: [[1, 2, 3]] }), /attributions\[0\]\.source\[0\] must be a pair of integers, got \[1,2,3\]$/],
    ['fractional offset', doc({}, { source: [[1.5, 2]] }), /must be a pair of integers/],
    ['missing role', doc({}, { cue: undefined }), /attributions\[0\]\.cue must be a list of \[start, end\] pairs$/],
    ['empty content', doc({}, { content: [] }), /attributions\[0\]\.content is empty$/],
    ['bad kind', doc({}, { kind: 'quoted' }), /attributions\[0\]\.kind must be one of direct, mixed, indirect, got "quoted"$/],
    ['bad optional', doc({}, { optional: 'yes' }), /attributions\[0\]\.optional must be true or false$/],
    ['bad antecedent', doc({}, { antecedent: [[0, 50]] }), /attributions\[0\]\.antecedent\[0\] \[0, 50\] is not within/],
    ['bad unannotated', doc({ unannotated: ['content'] }), /"unannotated" must be a list of "source", "cue"$/],
    ['duplicate id', doc(), /^g\.jsonl:2: duplicate id "d1" \(first on line 1\)$/],
  ])('rejects %s with a one-line file:line message', (_name, line, message) => {
    const first = _name === 'duplicate id' ? doc() : doc({ id: 'd0' });
    let error: Error | undefined;
    try {
      readGold(`${first}\n${line}\n`, 'g.jsonl');
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});
