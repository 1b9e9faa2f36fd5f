/**
 * Batches (src/batch/): `--jobs N` worker threads give the same output as one thread, in input order;
 * the ordering loop reads ahead within its window and never holds back a finished document; the
 * progress bar shows only on a terminal, for large batches, and not with `--quiet`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { articles } from '../scripts/lib/news-corpus.mjs';
import { createAnalyzer } from '../src/batch/analyzer.js';
import { holdsAtMostOneDocument } from '../src/batch/count.js';
import { inOrder } from '../src/batch/in-order.js';
import { createProgress, formatDuration, progressLine, PROGRESS_MIN_DOCUMENTS } from '../src/batch/progress.js';
import type { Outcome } from '../src/batch/protocol.js';
import { run } from '../src/cli/run.js';
import { analyze } from '../src/pipeline.js';

const ROOT = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'claims-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Outcome3 {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process; `tty` makes stderr look like a terminal. */
async function cli(args: string[], options: { stdin?: string; tty?: boolean } = {}): Promise<Outcome3> {
  let stdout = '';
  let stderr = '';
  const out = new Writable({ write: (chunk, _enc, done) => ((stdout += String(chunk)), done()) });
  const err = new Writable({ write: (chunk, _enc, done) => ((stderr += String(chunk)), done()) });
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), { isTTY: false });
  const code = await run({
    argv: args, stdin, stdout: Object.assign(out, { isTTY: false }), stderr: Object.assign(err, { isTTY: options.tty === true, columns: 100 }),
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

/** A folder of `count` invented articles, and a JSON Lines file of the same. */
function corpus(name: string, count: number): { dir: string; jsonl: string } {
  const dir = join(tmp, name);
  mkdirSync(dir);
  const lines: string[] = [];
  for (const a of articles(count, { seed: 5, bytes: 1500 })) {
    writeFileSync(join(dir, `${a.id}.txt`), a.text);
    lines.push(JSON.stringify(a));
  }
  const jsonl = join(tmp, `${name}.jsonl`);
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  return { dir, jsonl };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const done = (n: number): Outcome => ({ claims: [], diagnostics: [{ id: String(n), message: '', span: { text: '', start: 0, end: 0 } }] });

describe('inOrder: input order, a bounded window, no waiting on reads', () => {
  async function* numbers(count: number, onRead: (n: number) => void) {
    for (let n = 0; n < count; n++) {
      onRead(n);
      yield n;
    }
  }

  it('hands items on in input order whatever order they finish in, never more than the window ahead', async () => {
    let read = 0;
    let yielded = 0;
    let widest = 0;
    const out: number[] = [];
    const start = (n: number) => (n % 5 === 0 ? undefined : sleep((n * 7919) % 13).then(() => done(n)));
    for await (const { item, outcome } of inOrder(numbers(60, () => (read += 1, (widest = Math.max(widest, read - yielded)))), start, 4)) {
      yielded += 1;
      out.push(item);
      if (outcome) expect(outcome).toEqual(done(item));
      else expect(item % 5).toBe(0);
    }
    expect(out).toEqual([...Array(60).keys()]);
    expect(widest).toBeLessThanOrEqual(4 + 1);
  });

  it('hands on a finished item while the next read has not answered (a map step on stdin)', async () => {
    let release: () => void = () => {};
    async function* slow() {
      yield 1;
      await new Promise<void>((resolve) => (release = resolve));
      yield 2;
    }
    const it = inOrder(slow(), (n) => Promise.resolve(done(n)), 8)[Symbol.asyncIterator]();
    expect((await it.next()).value).toEqual({ item: 1, outcome: done(1) });
    release();
    expect((await it.next()).value).toEqual({ item: 2, outcome: done(2) });
    expect((await it.next()).done).toBe(true);
  });
});

describe('the worker pool', () => {
  it('answers like analyze in this thread, and an analysis that throws is an error outcome', async () => {
    const pool = createAnalyzer(2);
    try {
      const texts = [...articles(6, { seed: 9, bytes: 800 })].map((a) => a.text);
      const outcomes = await Promise.all(texts.map((t) => pool.analyze(t, {})));
      outcomes.forEach((o, k) => expect(o).toEqual({ claims: analyze(texts[k]!).claims, diagnostics: analyze(texts[k]!).diagnostics }));
      expect(await pool.analyze(undefined as unknown as string, {})).toMatchObject({ error: expect.any(String) });
      expect(await pool.analyze('Officials said the road was closed.', {})).toMatchObject({ claims: [expect.anything()] });
    } finally {
      await pool.close();
    }
  });
});

describe('a single article is analysed in the main thread (no worker to load)', () => {
  const folder = (name: string, files: string[]) => {
    const path = join(tmp, name);
    mkdirSync(path, { recursive: true });
    for (const file of files) writeFileSync(join(path, file), 'She said it rained.');
    return path;
  };

  it('one file, or a folder holding one article, is a single article', async () => {
    const one = folder('one-article', ['a.txt', 'notes.csv']);
    expect(await holdsAtMostOneDocument([one], 'auto')).toBe(true);
    expect(await holdsAtMostOneDocument([join(one, 'a.txt')], 'auto')).toBe(true);
  });

  it('two articles, in one folder or named apart, are not', async () => {
    const two = folder('two-articles', ['a.txt', 'b.md']);
    expect(await holdsAtMostOneDocument([two], 'auto')).toBe(false);
    expect(await holdsAtMostOneDocument([join(two, 'a.txt'), join(two, 'b.md')], 'auto')).toBe(false);
  });

  it('stdin is one article, unless it is JSON Lines; a JSON Lines file may hold many', async () => {
    expect(await holdsAtMostOneDocument([], 'auto')).toBe(true);
    expect(await holdsAtMostOneDocument(['-'], 'jsonl')).toBe(false);
    const lines = folder('lines', []);
    writeFileSync(join(lines, 'docs.jsonl'), '{"id":"a","text":"x"}\n');
    expect(await holdsAtMostOneDocument([lines], 'auto')).toBe(false);
  });
});

describe('--jobs N gives the output of one thread', () => {
  const { dir, jsonl } = corpus('docs', 40);

  it.each(['ndjson', 'json', 'table'])('extract -f %s, a folder', async (format) => {
    const one = await cli(['extract', '-f', format, '--jobs', '1', dir]);
    const three = await cli(['extract', '-f', format, '--jobs', '3', dir]);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(three).toEqual(one);
  });

  it('extract, JSON Lines on stdin; speakers', async () => {
    const stdin = (await import('node:fs')).readFileSync(jsonl, 'utf8');
    const one = await cli(['extract', '--input', 'jsonl', '-f', 'ndjson', '-j', '1'], { stdin });
    expect(await cli(['extract', '--input', 'jsonl', '-f', 'ndjson', '-j', '2'], { stdin })).toEqual(one);
    expect(new Set(one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc)).size).toBe(40);
    expect(await cli(['speakers', '-f', 'csv', '-j', '2', dir])).toEqual(await cli(['speakers', '-f', 'csv', '-j', '1', dir]));
  });

  it('errors and warnings come in input order, between the documents, as with one thread', async () => {
    const mixed = join(tmp, 'mixed.jsonl');
    writeFileSync(mixed, ['{"id":"a","text":"Officials said the road was closed."}', 'not json', '{"id":"b","text":""}', '{"id":"c","text":"She said it rained."}'].join('\n'));
    const one = await cli(['extract', '-f', 'ndjson', '-j', '1', mixed, join(tmp, 'missing.txt')]);
    expect(await cli(['extract', '-f', 'ndjson', '-j', '4', mixed, join(tmp, 'missing.txt')])).toEqual(one);
    expect(one.code).toBe(1);
  });

  it('a map step with threads answers each record as it arrives (the built binary, stdin left open)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/claims.js'), 'extract', '--input', 'jsonl', '-f', 'ndjson', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    const waiting: Array<() => void> = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), waiting.splice(0).forEach((w) => w())));
    const answered = (doc: string) => new Promise<void>((resolve) => {
      const check = () => (stdout.includes(`"doc":"${doc}"`) ? resolve() : waiting.push(check));
      check();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(`${JSON.stringify({ id: 'one', text: 'Officials said the road was closed.' })}\n`);
    await answered('one');
    child.stdin.write(`${JSON.stringify({ id: 'two', text: 'The mayor said the bridge would reopen.' })}\n`);
    await answered('two');
    child.stdin.end();
    expect(await exited).toBe(0);
  });

  it('--jobs must be a whole number from 1', async () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const out = await cli(['extract', '--jobs', bad, dir]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain('--jobs');
    }
  });
});

describe('the progress bar', () => {
  it('formats count, share, bar, rate and time left', () => {
    expect(progressLine(1204, 20000, 29.2, 100)).toBe('claims: 1,204/20,000 documents   6% [=>                            ]  41.2/s  ETA 7m 36s');
    expect(progressLine(50, undefined, 10, 100)).toBe('claims: 50 documents  5.0/s');
    expect(progressLine(10, 10, 1, 100)).toContain('100% [==============================]');
    expect(formatDuration(4000)).toBe('1h 06m');
  });

  it('draws on a large batch only, redraws at most every 100 ms, clears for messages and at the end', () => {
    let t = 0;
    const writes: string[] = [];
    const bar = createProgress({ write: (s: string) => writes.push(s), columns: 100 }, () => t);
    bar.setTotal(PROGRESS_MIN_DOCUMENTS * 2);
    expect(writes).toHaveLength(1);
    for (let k = 0; k < 10; k++) {
      t += 9;
      bar.tick();
    }
    expect(writes).toHaveLength(1);
    t += 200;
    bar.tick();
    expect(writes).toHaveLength(2);
    bar.clear();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
    bar.stop();
    bar.tick();
    expect(writes.filter((w) => w === '\r\u001b[2K')).toHaveLength(1);

    const small: string[] = [];
    const quiet = createProgress({ write: (s: string) => small.push(s) }, () => t);
    quiet.setTotal(PROGRESS_MIN_DOCUMENTS - 1);
    for (let k = 0; k < PROGRESS_MIN_DOCUMENTS - 1; k++) quiet.tick();
    quiet.stop();
    expect(small).toEqual([]);
  });

  it('shows on a terminal for a large folder, not on a pipe, not with --quiet', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let k = 0; k < PROGRESS_MIN_DOCUMENTS + 20; k++) writeFileSync(join(dir, `${String(k).padStart(4, '0')}.txt`), `Officials said ${k} boats were moved.`);
    const tty = await cli(['extract', '-f', 'ndjson', dir], { tty: true });
    expect(tty.stderr).toMatch(/^\r\u001b\[2Kclaims: \d+\/120 documents/);
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect((await cli(['extract', '-f', 'ndjson', dir])).stderr).toBe('');
    expect((await cli(['extract', '-f', 'ndjson', '--quiet', dir], { tty: true })).stderr).toBe('');
  });
});
