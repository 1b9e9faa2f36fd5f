/** Reading inputs: decoding, JSON Lines, path expansion, output back-pressure. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/io/decode.js';
import { describeError } from '../src/io/errors.js';
import { expandPaths } from '../src/io/expand.js';
import { parseRecord, readJsonl } from '../src/io/jsonl.js';
import { byteLines } from '../src/io/lines.js';
import { createSink } from '../src/io/output.js';
import { readInputs } from '../src/io/read-inputs.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const chunks = (...parts: Array<string | number[]>) => Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('removes a byte order mark, so offsets index the text after it', () => {
    expect(decodeUtf8(Buffer.from('\uFEFF"Hi," she said.'))).toEqual({ text: '"Hi," she said.', replaced: false });
  });
  it('replaces invalid bytes and says so', () => {
    expect(decodeUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ text: 'caf\uFFFD', replaced: true });
  });
  it('keeps a U+FFFD that was in the input without a warning', () => {
    expect(decodeUtf8(Buffer.from('a\uFFFDb'))).toEqual({ text: 'a\uFFFDb', replaced: false });
  });
});

describe('byteLines', () => {
  it('splits across chunk boundaries, even inside a multi-byte character', async () => {
    const euro = [...Buffer.from('€')]; // 3 bytes
    const lines = await collect(byteLines(chunks('ab', [0x0a, euro[0]!], [euro[1]!, euro[2]!, 0x0a], 'last')));
    expect(lines.map((b) => b.toString('utf8'))).toEqual(['ab', '€', 'last']);
  });
  it('yields nothing for an empty stream and no empty last line after a final newline', async () => {
    expect(await collect(byteLines(chunks()))).toEqual([]);
    expect((await collect(byteLines(chunks('a\n')))).map(String)).toEqual(['a']);
  });
});

describe('parseRecord', () => {
  it.each([
    ['{"id": "a", "text": "t", "extra": 1}', { id: 'a', text: 't' }],
    ['{"id": 7, "text": "t"}', { id: '7', text: 't' }],
    ['{"text": "t"}', { text: 't' }],
    ['{"id": null, "text": "t"}', { text: 't' }],
    ['{"id": "a"}', { error: 'record has no string "text" field' }],
    ['[1]', { error: 'record is not a JSON object' }],
    ['"text"', { error: 'record is not a JSON object' }],
    ['{"id": broken', { error: "invalid JSON (Unexpected token 'b')" }],
    ['{"a":1} x', { error: expect.stringMatching(/^invalid JSON \(.*column 9\)$/) }],
  ])('%s', (line, expected) => {
    expect(parseRecord(line)).toEqual(expected);
  });
});

describe('readJsonl', () => {
  it('names records by id or file:line, reports bad lines and goes on', async () => {
    const input = '{"id":"a","text":"one"}\r\n\nnot json\n{"text":"three"}\n{"id":"b","text":"caf\xE9"}';
    const items = await collect(readJsonl(chunks(input, [0x0a], '{"text":"', [0xff], '"}\n'), 'in.jsonl'));
    expect(items).toEqual([
      { kind: 'document', doc: 'a', text: 'one' },
      { kind: 'error', doc: 'in.jsonl:3', message: "invalid JSON (Unexpected token 'o')" },
      { kind: 'document', doc: 'in.jsonl:4', text: 'three' },
      { kind: 'document', doc: 'b', text: 'café' },
      { kind: 'warning', doc: 'in.jsonl:6', message: expect.stringContaining('invalid UTF-8') },
      { kind: 'document', doc: 'in.jsonl:6', text: '\uFFFD' },
    ]);
  });
});

describe('expandPaths and readInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'claims-io-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'b/deeper'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  for (const [name, text] of Object.entries({ 'b/deeper/z.md': 'z', 'b/a.txt': 'a', 'B.txt': 'B', 'c.TXT': 'c', 'd.csv': 'd', '.hidden/h.txt': 'h', 'e.jsonl': '{"id":"e1","text":"e"}\n' })) {
    writeFileSync(join(root, name), text);
  }
  symlinkSync(root, join(root, 'b/loop'));
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));

  it('walks folders recursively in code-unit order, skipping dot-entries, other extensions and loops', async () => {
    const items = await collect(expandPaths([root], 'auto'));
    const rel = (p: string) => p.slice(root.length + 1);
    expect(items.map((i) => `${i.kind} ${rel(i.doc)}`)).toEqual([
      'file B.txt',
      'file b/a.txt',
      'file b/deeper/z.md',
      'warning b/loop',
      'file c.TXT',
      'error dangling.txt',
      'file e.jsonl',
    ]);
    expect(items.find((i) => rel(i.doc) === 'e.jsonl')).toMatchObject({ format: 'jsonl' });
  });

  it('keeps going past a missing file and reads named files of any extension as text', async () => {
    const items = await collect(readInputs({ paths: [join(root, 'missing.txt'), join(root, 'd.csv')], input: 'auto', stdin: chunks() }));
    expect(items).toEqual([
      { kind: 'error', doc: join(root, 'missing.txt'), message: 'no such file or directory' },
      { kind: 'document', doc: join(root, 'd.csv'), text: 'd' },
    ]);
  });

  it('reads stdin as text by default, as JSON Lines when asked, and only once', async () => {
    expect(await collect(readInputs({ paths: [], input: 'auto', stdin: chunks('\uFEFFhello') }))).toEqual([{ kind: 'document', doc: '-', text: 'hello' }]);
    const jsonl = await collect(readInputs({ paths: ['-', '-'], input: 'jsonl', stdin: chunks('{"text":"x"}\n') }));
    expect(jsonl).toEqual([{ kind: 'document', doc: '-:1', text: 'x' }, { kind: 'warning', doc: '-', message: expect.stringContaining('twice') }]);
  });

  it('reads a dot-folder named on the command line, and warns about a folder with no articles', async () => {
    const items = await collect(expandPaths([join(root, '.hidden', '..', 'b', 'deeper', 'z.md'), join(root, '.hidden')], 'auto'));
    expect(items.map((i) => i.kind)).toEqual(['file', 'file']);
    const empty = mkdtempSync(join(root, 'empty-'));
    expect(await collect(expandPaths([empty], 'auto'))).toEqual([{ kind: 'warning', doc: empty, message: expect.stringContaining('no .txt') }]);
  });
});

describe('describeError', () => {
  it.each([
    [Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: 'ENOENT' }), 'no such file or directory'],
    [Object.assign(new Error('EACCES'), { code: 'EACCES' }), 'permission denied'],
    [new Error('first line\nsecond'), 'first line'],
    ['plain', 'plain'],
  ])('%#', (error, expected) => {
    expect(describeError(error)).toBe(expected);
  });
});

describe('createSink', () => {
  it('waits for drain when the stream is full', async () => {
    const stream = new PassThrough({ highWaterMark: 4 });
    const sink = createSink(stream);
    let done = false;
    const pending = sink.write('0123456789').then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    stream.read();
    await pending;
    expect(done).toBe(true);
  });
  it('closes quietly when the reader goes away', async () => {
    const stream = new Writable({ highWaterMark: 1, write: (_chunk, _enc, callback) => callback(Object.assign(new Error('EPIPE'), { code: 'EPIPE' })) });
    const sink = createSink(stream);
    await sink.write('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(sink.closed).toBe(true);
    await sink.write('more'); // no throw
  });
});
