/**
 * `claims` as a map step under GNU parallel (docs/cli.md, "As a map step"): `parallel --pipe` cuts a
 * JSON Lines corpus of invented articles into blocks, one `claims` process each; the joined output
 * must be exactly that of one process, nothing lost, nothing twice. GNU parallel must be installed
 * (CI: `apt-get install -y parallel`): without it this test fails rather than skips.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articles } from '../scripts/lib/news-corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/claims.js');
const tmp = mkdtempSync(join(tmpdir(), 'claims-parallel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const COUNT = 240;
const BLOCK = 40_000;

describe('GNU parallel --pipe', () => {
  it('is installed', () => {
    const found = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' });
    expect(found.stdout.trim(), 'GNU parallel not found: apt-get install -y parallel').not.toBe('');
  });

  it(`splits ${COUNT} records into blocks: the output is one process's, nothing lost or duplicated`, () => {
    const corpus = join(tmp, 'docs.jsonl');
    const ids = [...articles(COUNT, { seed: 3, bytes: 1200 })].map((a) => a.id);
    writeFileSync(corpus, [...articles(COUNT, { seed: 3, bytes: 1200 })].map((a) => JSON.stringify(a)).join('\n') + '\n');
    expect(statSync(corpus).size).toBeGreaterThan(5 * BLOCK); // several blocks, several processes
    const command = ['node', BIN, 'extract', '--input', 'jsonl', '--format', 'ndjson', '--jobs', '1'];
    const single = execFileSync(command[0]!, command.slice(1), { input: readFileSync(corpus), encoding: 'utf8', maxBuffer: 1 << 28 });
    const piped = execFileSync('sh', ['-c', `parallel --will-cite --pipe -k --block ${BLOCK} -j 2 ${command.join(' ')} < '${corpus}'`], {
      encoding: 'utf8', maxBuffer: 1 << 28,
    });
    const docs = (out: string) => out.trim().split('\n').map((line) => (JSON.parse(line) as { doc: string }).doc);
    expect(new Set(docs(single))).toEqual(new Set(ids)); // every article has claims
    expect(piped.split('\n').length).toBe(single.split('\n').length);
    expect(piped).toBe(single);
  }, 120_000); // a dozen node processes: a few seconds on a quiet machine, 35 s seen on a loaded one
});
