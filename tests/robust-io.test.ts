/**
 * Bad input at the reading layer (src/io/): sizes, binary sniffing, UTF-16, bounded reads, oversized
 * JSON Lines records, duplicate ids, failures injected where the host cannot produce them (root reads
 * a chmod-000 file), and stopping on an abort. The same cases end to end are in robust.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { untilAborted } from '../src/io/abortable.js';
import { peek, readHandle, readStream } from '../src/io/bounded.js';
import { decodeText } from '../src/io/decode.js';
import { describeError } from '../src/io/errors.js';
import { expandPaths } from '../src/io/expand.js';
import { parseRecord, readJsonl, SeenIds } from '../src/io/jsonl.js';
import { byteLines, OVERSIZED } from '../src/io/lines.js';
import { readInputs } from '../src/io/read-inputs.js';
import { formatSize, parseSize } from '../src/io/size.js';
import { sniff } from '../src/io/sniff.js';
import { decodeUtf16Stream } from '../src/io/utf16.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const chunks = (...parts: Array<string | number[] | Buffer>) => Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const utf16 = (text: string, encoding: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return encoding === 'le' ? le : le.swap16();
};

const root = mkdtempSync(join(tmpdir(), 'claims-robust-io-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseSize and formatSize', () => {
  it.each([
    ['50MB', 50_000_000], ['50mb', 50_000_000], ['1.5 GB', 1_500_000_000], ['512K', 524_288], ['20MiB', 20_971_520],
    ['1000000', 1_000_000], ['10KB', 10_000], ['1b', 1],
  ])('%s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  it.each(['', 'MB', '-1MB', '0', '0.1', '10 XB', '1e6', 'ten'])('%j is not a size', (text) => expect(parseSize(text)).toBeUndefined());
  it('formats sizes for messages', () => {
    expect([10_000_000, 1_500_000, 2048, 999].map(formatSize)).toEqual(['10 MB', '1.5 MB', '2 KB', '999 bytes']);
  });
});

describe('sniff: text or binary, from the first bytes', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], 'skipped: binary file (PNG image)'],
    ['PDF', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], 'skipped: binary file (PDF document)'],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], 'skipped: binary file (gzip archive)'],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'skipped: binary file (zip archive (or .docx, .xlsx, .epub))'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'skipped: binary file (JPEG image)'],
    ['NUL', [...Buffer.from('text\0more')], 'skipped: binary file (NUL byte at offset 4)'],
    ['UTF-32', [0xff, 0xfe, 0, 0, 0x41, 0, 0, 0], 'skipped: UTF-32 text is not supported (convert it to UTF-8)'],
  ])('%s is skipped with its reason', (_name, bytes, message) => {
    expect(sniff(Buffer.from(bytes))).toEqual({ kind: 'skip', message });
  });
  it.each([
    ['plain UTF-8', Buffer.from('Officials said so.'), 'utf-8'],
    ['empty', Buffer.alloc(0), 'utf-8'],
    ['UTF-16 LE with BOM (NUL bytes and all)', utf16('Hi', 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16('Hi', 'be'), 'utf-16be'],
  ])('%s is text', (_name, bytes, encoding) => expect(sniff(bytes)).toEqual({ kind: 'text', encoding }));
  it('looks for NUL bytes only in the first 8 KB, as git does', () => {
    expect(sniff(Buffer.concat([Buffer.alloc(9000, 'a'), Buffer.from([0])]))).toEqual({ kind: 'text', encoding: 'utf-8' });
  });
});

describe('UTF-16', () => {
  it.each(['le', 'be'] as const)('decodes UTF-16 %s, BOM removed, astral characters kept', (order) => {
    expect(decodeText(utf16('“Hi 😀,” she said.', order), `utf-16${order}`)).toEqual({ text: '“Hi 😀,” she said.', replaced: false });
  });
  it('replaces an unpaired surrogate and says so', () => {
    const bytes = Buffer.concat([utf16('a', 'le'), Buffer.from([0x00, 0xd8, 0x62, 0x00])]);
    expect(decodeText(bytes, 'utf-16le')).toEqual({ text: 'a\uFFFDb', replaced: true });
  });
  it('decodes a stream split at every byte, and reports invalid input once', async () => {
    const text = '{"text": "“Hi 😀” é"}\n{"text": "b"}\n';
    const bytes = utf16(text, 'be');
    let invalid = 0;
    const pieces = await collect(decodeUtf16Stream(chunks(...[...bytes].map((b) => [b])), 'utf-16be', () => invalid++));
    expect(pieces.join('')).toBe(text);
    expect(invalid).toBe(0);
    await collect(decodeUtf16Stream(chunks(utf16('a', 'le'), [0x00]), 'utf-16le', () => invalid++)); // odd last byte
    await collect(decodeUtf16Stream(chunks(utf16('a', 'le'), [0x00, 0xdc]), 'utf-16le', () => invalid++)); // lone low surrogate
    expect(invalid).toBe(2);
  });
});

describe('bounded reads', () => {
  const file = join(root, 'ten.txt');
  writeFileSync(file, '0123456789');

  it('reads a file up to the limit, and refuses one over it', async () => {
    for (const [limit, expected] of [[10, { bytes: Buffer.from('0123456789') }], [9, { tooLarge: true }]] as const) {
      const handle = await open(file);
      try {
        expect(await readHandle(handle, limit)).toEqual(expected);
      } finally {
        await handle.close();
      }
    }
  });
  it('stops reading an endless device at the limit (/dev/zero)', async () => {
    const handle = await open('/dev/zero');
    try {
      expect(await readHandle(handle, 100_000)).toEqual({ tooLarge: true });
    } finally {
      await handle.close();
    }
  });
  it('a directory opened as a file is "is a directory"', async () => {
    const handle = await open(root);
    try {
      await expect(readHandle(handle, 100)).rejects.toMatchObject({ code: 'EISDIR' });
    } finally {
      await handle.close();
    }
  });
  it('bounds stdin too', async () => {
    expect(await readStream(chunks('abc', 'def'), 5)).toEqual({ tooLarge: true });
    expect(await readStream(chunks('abc', 'de'), 5)).toEqual({ bytes: Buffer.from('abcde') });
  });
  it('peek splits off the head and loses nothing', async () => {
    const { head, rest } = await peek(chunks('ab', 'cd', 'ef'), 3);
    expect(head.toString()).toBe('abcd');
    expect(Buffer.concat(await collect(rest)).toString()).toBe('abcdef');
  });
  it('peek does not wait past a line break (a map step answers each record as it arrives)', async () => {
    async function* stdin() {
      yield Buffer.from('{}\n');
      await new Promise(() => {}); // more input never comes
    }
    expect((await peek(stdin(), 8)).head.toString()).toBe('{}\n');
  });
});

describe('JSON Lines: oversized lines, odd records, duplicate ids', () => {
  it('byteLines drops a line over the limit as it arrives, and keeps the next', async () => {
    const lines = await collect(byteLines(chunks('short\n', 'x'.repeat(6), 'y'.repeat(6), '\nok\n', 'z'.repeat(20)), 10));
    expect(lines.map((l) => (l === OVERSIZED ? 'OVERSIZED' : l.toString()))).toEqual(['short', 'OVERSIZED', 'ok', 'OVERSIZED']);
  });
  it.each([
    ['{"text": 42}', 'record has no string "text" field (it is a number)'],
    ['{"text": null}', 'record has no string "text" field (it is null)'],
    ['{"text": ["a"]}', 'record has no string "text" field (it is an array)'],
    ['{"text": {"en": "a"}}', 'record has no string "text" field (it is an object)'],
    ['{"id": "a"}', 'record has no string "text" field'],
  ])('%s', (line, error) => expect(parseRecord(line)).toEqual({ error }));

  it('warns about a repeated id and keeps both records; the warning names the first place', async () => {
    const seenIds = new SeenIds();
    const first = await collect(readJsonl(chunks('{"id": "a", "text": "one"}\n{"id": 7, "text": "two"}\n'), 'x.jsonl', { seenIds }));
    const second = await collect(readJsonl(chunks('{"id": "7", "text": "three"}\n{"id": "a", "text": "four"}\n'), 'y.jsonl', { seenIds }));
    expect([...first, ...second]).toEqual([
      { kind: 'document', doc: 'a', text: 'one' },
      { kind: 'document', doc: '7', text: 'two' },
      { kind: 'warning', doc: 'y.jsonl:1', message: 'warning: duplicate id "7" (first at x.jsonl:2); both records are kept' },
      { kind: 'document', doc: '7', text: 'three' },
      { kind: 'warning', doc: 'y.jsonl:2', message: 'warning: duplicate id "a" (first at x.jsonl:1); both records are kept' },
      { kind: 'document', doc: 'a', text: 'four' },
    ]);
  });

  it('a record over --max-size is an error naming its line; the next is read', async () => {
    const input = `${JSON.stringify({ id: 'big', text: 'x'.repeat(200) })}\n{"id": "small", "text": "ok"}\n`;
    expect(await collect(readJsonl(chunks(input), 'd.jsonl', { maxSize: 100 }))).toEqual([
      { kind: 'error', doc: 'd.jsonl:1', message: 'skipped: record is larger than --max-size 100 bytes' },
      { kind: 'document', doc: 'small', text: 'ok' },
    ]);
  });
});

describe('readInputs on bad files', () => {
  const dir = join(root, 'inputs');
  mkdirSync(dir);
  const write = (name: string, content: string | Buffer) => (writeFileSync(join(dir, name), content), join(dir, name));
  const good = write('good.txt', 'Officials said the bridge was safe.');

  const read = (paths: string[], extra: Partial<Parameters<typeof readInputs>[0]> = {}) => collect(readInputs({ paths, input: 'auto', stdin: chunks(), ...extra }));

  it('an unreadable file, by an injected EACCES (tests may run as root, who can read a chmod-000 file)', async () => {
    const denied = write('denied.txt', 'secret');
    const items = await read([denied, good], {
      open: async (path) => {
        if (path === denied) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        return open(path, 'r');
      },
    });
    expect(items).toEqual([
      { kind: 'error', doc: denied, message: 'permission denied' },
      { kind: 'document', doc: good, text: 'Officials said the bridge was safe.' },
    ]);
  });

  it('an I/O error in the middle of a read (injected EIO) names the file', async () => {
    const broken = write('broken.jsonl', '{"text": "a"}\n');
    const items = await read([broken, good], {
      open: async (path) => {
        const handle = await open(path, 'r');
        if (path !== broken) return handle;
        return Object.assign(Object.create(handle) as typeof handle, {
          createReadStream: () =>
            Readable.from((async function* () {
              yield Buffer.from(`{"text": "${'first '.repeat(2000)}"}\n`); // more than the 8 KB sniffed
              throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
            })()),
          close: () => handle.close(),
        });
      },
    });
    expect(items).toEqual([
      { kind: 'document', doc: `${broken}:1`, text: 'first '.repeat(2000) },
      { kind: 'error', doc: broken, message: 'input/output error' },
      { kind: 'document', doc: good, text: 'Officials said the bridge was safe.' },
    ]);
  });

  it('skips binary files, refuses big ones, warns about empty ones and decodes UTF-16', async () => {
    const png = write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const gz = write('docs.jsonl', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    const big = write('big.txt', 'x'.repeat(2000));
    const blank = write('blank.txt', ' \r\n\t\n');
    const wide = write('wide.jsonl', utf16('{"id": "w", "text": "“Hi,” she said."}\r\n', 'le'));
    expect(await read([png, gz, big, blank, wide], { maxSize: 1000 })).toEqual([
      { kind: 'error', doc: png, message: 'skipped: binary file (PNG image)' },
      { kind: 'error', doc: gz, message: 'skipped: binary file (gzip archive)' },
      { kind: 'error', doc: big, message: 'skipped: file is larger than --max-size 1 KB' },
      { kind: 'warning', doc: blank, message: 'warning: no text (empty or white space only)' },
      { kind: 'document', doc: blank, text: ' \r\n\t\n' },
      { kind: 'document', doc: 'w', text: '“Hi,” she said.' },
    ]);
  });

  it('stdin over --max-size is refused', async () => {
    expect(await read([], { stdin: chunks('x'.repeat(50)), maxSize: 10 })).toEqual([{ kind: 'error', doc: '-', message: 'skipped: input is larger than --max-size 10 bytes' }]);
  });

  it.runIf(process.platform !== 'win32')('a FIFO named like an article inside a folder is skipped (reading it could block forever)', async () => {
    const folder = join(root, 'with-fifo');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    writeFileSync(join(folder, 'z.txt'), 'z');
    expect(await collect(expandPaths([folder], 'auto'))).toEqual([
      { kind: 'error', doc: join(folder, 'pipe.txt'), message: 'skipped: not a regular file' },
      { kind: 'file', doc: join(folder, 'z.txt'), format: 'text' },
    ]);
  });
});

describe('untilAborted', () => {
  it('stops at once on abort, even while the source waits for input', async () => {
    const controller = new AbortController();
    async function* slow() {
      yield 1;
      await new Promise(() => {}); // stdin that never sends more
    }
    const seen: number[] = [];
    const done = (async () => {
      for await (const n of untilAborted(slow(), controller.signal)) seen.push(n);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort('SIGINT');
    await done;
    expect(seen).toEqual([1]);
  });
});

describe('describeError on codes without a wording of our own', () => {
  it("keeps node's words and drops the code and the path (the caller names the file)", () => {
    expect(describeError(Object.assign(new Error("ENXIO: no such device or address, open '/tmp/x.sock'"), { code: 'ENXIO' }))).toBe('no such device or address');
    expect(describeError(Object.assign(new Error('ENAMETOOLONG: name too long, open \'aaaa\''), { code: 'ENAMETOOLONG' }))).toBe('name too long');
  });
});
