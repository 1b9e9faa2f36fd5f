/**
 * Issue 5, end to end: every kind of bad input, run through `run(io)` in-process between two good
 * articles (fixtures/robust/). Each case checks the exact stderr lines (one per problem, naming the
 * input), the exit status, that no stack trace is printed, and that the good articles' claims are
 * complete: identical to a run over the good articles alone. Bad inputs are generated in a temporary
 * folder. Signals, closed pipes and uncaught errors need a real process: robust-process.test.ts.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BEFORE = join(ROOT, 'fixtures/robust/before.txt');
const AFTER = join(ROOT, 'fixtures/robust/after.md');
const ARTICLE = readFileSync(BEFORE, 'utf8');
const IS_ROOT = process.getuid?.() === 0;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  stdin?: string | Buffer;
  /** Called with each chunk written to stdout (to change files while the run goes on). */
  onStdout?: (chunk: string) => void;
  cwd?: string;
}

/** Runs the CLI in-process with piped (non-terminal) streams. */
async function cli(args: string[], options: RunOptions = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const out = new Writable({ write: (chunk, _enc, done) => ((stdout += String(chunk)), options.onStdout?.(String(chunk)), done()) });
  const err = new Writable({ write: (chunk, _enc, done) => ((stderr += String(chunk)), done()) });
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), { isTTY: false });
  const code = await run({ argv: args, stdin, stdout: Object.assign(out, { isTTY: false }), stderr: err, env: { NO_COLOR: '1' } });
  return { code, stdout, stderr };
}

interface ClaimOut {
  doc: string;
  speaker: { text: string; start: number; end: number; antecedent?: { text: string; start: number; end: number } } | null;
  cue: { text: string; start: number; end: number };
  content: { text: string; start: number; end: number; spans: Array<[number, number]> };
}
type Documents = Map<string, { claims: ClaimOut[]; diagnostics: Array<{ id: string }> }>;

/** The documents of a `--format json` output, by name. */
function documents(out: Outcome): Documents {
  const parsed = JSON.parse(out.stdout) as { documents: Array<{ doc: string; claims: ClaimOut[]; diagnostics: Array<{ id: string }> }> };
  return new Map(parsed.documents.map((d) => [d.doc, d]));
}

/** Throws unless every span of `claims` is the slice of `text` it says it is. */
function expectSpans(text: string, claims: ClaimOut[]): void {
  for (const claim of claims) {
    const spans = [claim.cue, claim.content, ...(claim.speaker ? [claim.speaker] : []), ...(claim.speaker?.antecedent ? [claim.speaker.antecedent] : [])];
    for (const span of spans) expect(text.slice(span.start, span.end), `${claim.doc} ${span.start}..${span.end}`).toBe(span.text);
    for (const [start, end] of claim.content.spans) expect(start >= claim.content.start && end <= claim.content.end && start <= end).toBe(true);
  }
}

/** Claims without their document name, to compare the same text read under two names. */
const anonymous = (claims: ClaimOut[]) => claims.map(({ doc: _doc, ...claim }) => claim);

const tmp = mkdtempSync(join(tmpdir(), 'claims-robust-'));
afterAll(() => {
  chmodSync(tmp, 0o755);
  rmSync(tmp, { recursive: true, force: true });
});
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
};

/** The good articles' claims when run alone: what "complete" means. */
let baseline: Documents;
beforeAll(async () => {
  const out = await cli(['extract', '-f', 'json', BEFORE, AFTER]);
  expect(out).toMatchObject({ code: 0, stderr: '' });
  baseline = documents(out);
  expect(baseline.get(BEFORE)!.claims.length, 'the good articles have claims to lose').toBeGreaterThan(0);
  expect(baseline.get(AFTER)!.claims.length).toBeGreaterThan(0);
});

interface BadCase {
  name: string;
  /** Creates the bad inputs; returns the paths to put between the good articles. */
  setup: () => string[];
  /** Options before the paths. */
  flags?: string[];
  code: 0 | 1;
  /** The exact stderr lines, given the bad paths. */
  stderr: (paths: string[]) => string[];
  /** More checks on the documents (the bad inputs' own, when they are read). */
  check?: (docs: Documents, paths: string[], out: Outcome) => void;
}

const NO_TEXT = 'warning: no text (empty or white space only)';

const CASES: BadCase[] = [
  {
    name: 'a missing path',
    setup: () => [join(tmp, 'missing.txt')],
    code: 1,
    stderr: ([p]) => [`claims: ${p}: no such file or directory`],
  },
  {
    // root reads a chmod-000 file, so as root this case uses /proc/self/mem (unreadable at offset 0 for
    // everyone); robust-io.test.ts also injects EACCES into the reader
    name: IS_ROOT ? 'an unreadable file (/proc/self/mem: tests run as root, who can read chmod 000)' : 'an unreadable file (chmod 000)',
    setup: () => {
      if (IS_ROOT) return ['/proc/self/mem'];
      const path = file('locked.txt', ARTICLE);
      chmodSync(path, 0);
      return [path];
    },
    code: 1,
    stderr: ([p]) => [`claims: ${p}: ${IS_ROOT ? 'input/output error' : 'permission denied'}`],
  },
  {
    name: 'a file used as a folder (a trailing slash, a path through a file)',
    setup: () => [`${BEFORE}/`, join(BEFORE, 'inner.txt')],
    code: 1,
    stderr: ([a, b]) => [`claims: ${a}: not a directory`, `claims: ${b}: not a directory`],
  },
  {
    name: 'a folder named like an article is walked, not read as a file',
    setup: () => [join(file('dirs/notes.txt/inner.txt', ARTICLE), '..', '..')],
    code: 0,
    stderr: () => [],
    check: (docs, [dir]) => expect(anonymous(docs.get(join(dir!, 'notes.txt/inner.txt'))!.claims)).toEqual(anonymous(baseline.get(BEFORE)!.claims)),
  },
  {
    name: 'empty and whitespace-only files: no claims, a warning, no error',
    setup: () => [file('empty.txt', ''), file('blank.txt', ' \n\r\n\t \u00a0\n')],
    code: 0,
    stderr: ([a, b]) => [`claims: ${a}: ${NO_TEXT}`, `claims: ${b}: ${NO_TEXT}`],
    check: (docs, paths) => paths.forEach((p) => expect(docs.get(p)).toEqual({ doc: p, claims: [], diagnostics: [] })),
  },
  {
    name: 'binary files: PNG, PDF, gzip, zip, NUL bytes',
    setup: () => [
      file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
      file('scan.txt', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1')),
      file('archive.txt', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3])),
      file('report.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])),
      file('nul.txt', Buffer.from('Officials said\0\0\0 it.')),
    ],
    code: 1,
    stderr: ([png, pdf, gz, zip, nul]) => [
      `claims: ${png}: skipped: binary file (PNG image)`,
      `claims: ${pdf}: skipped: binary file (PDF document)`,
      `claims: ${gz}: skipped: binary file (gzip archive)`,
      `claims: ${zip}: skipped: binary file (zip archive (or .docx, .xlsx, .epub))`,
      `claims: ${nul}: skipped: binary file (NUL byte at offset 14)`,
    ],
  },
  {
    name: 'invalid UTF-8: replaced, a warning, exit 0',
    setup: () => [file('latin1.txt', Buffer.from('The caf\xe9 owner said the terrace would reopen.', 'latin1'))],
    code: 0,
    stderr: ([p]) => [`claims: ${p}: warning: invalid UTF-8 bytes replaced with U+FFFD`],
    check: (docs, [p]) => expectSpans('The caf\uFFFD owner said the terrace would reopen.', docs.get(p!)!.claims),
  },
  {
    name: 'UTF-8 with a BOM: removed, so offsets are those of the text without it',
    setup: () => [file('bom.txt', `\uFEFF${ARTICLE}`)],
    code: 0,
    stderr: () => [],
    check: (docs, [p]) => expect(anonymous(docs.get(p!)!.claims)).toEqual(anonymous(baseline.get(BEFORE)!.claims)),
  },
  {
    name: 'UTF-16 LE and BE with a BOM: decoded, same claims as the UTF-8 article',
    setup: () => [file('le.txt', utf16(ARTICLE, 'le')), file('be.txt', utf16(ARTICLE, 'be'))],
    code: 0,
    stderr: () => [],
    check: (docs, paths) => paths.forEach((p) => expect(anonymous(docs.get(p)!.claims)).toEqual(anonymous(baseline.get(BEFORE)!.claims))),
  },
  {
    name: 'CRLF and lone CR line ends: offsets index the text as read, and the same claims are found',
    setup: () => [file('crlf.txt', ARTICLE.replace(/\n/g, '\r\n')), file('cr.txt', ARTICLE.replace(/\n/g, '\r'))],
    code: 0,
    stderr: () => [],
    check: (docs, paths) => {
      const texts = (claims: ClaimOut[]) => claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text.replace(/\r\n?/g, '\n')]);
      for (const p of paths) {
        expectSpans(readFileSync(p, 'utf8'), docs.get(p)!.claims);
        expect(texts(docs.get(p)!.claims)).toEqual(texts(baseline.get(BEFORE)!.claims));
      }
    },
  },
  {
    name: 'a 50 MB single-line file: skipped, unread, by the default --max-size',
    setup: () => [file('huge.txt', Buffer.alloc(50_000_000, 'officials said the pier would reopen '))],
    code: 1,
    stderr: ([p]) => [`claims: ${p}: skipped: file is larger than --max-size 10 MB`],
  },
  {
    name: '--max-size lowered below an article skips it; the limit is the flag',
    setup: () => [file('small-enough.txt', 'Officials said so.')],
    flags: ['--max-size', '100'],
    code: 1,
    // the good articles are over 100 bytes, so here they are what is skipped
    stderr: () => [`claims: ${BEFORE}: skipped: file is larger than --max-size 100 bytes`, `claims: ${AFTER}: skipped: file is larger than --max-size 100 bytes`],
    check: (docs, [p]) => expect(docs.get(p!)!.claims.length).toBeGreaterThan(0),
  },
  {
    // 20,000 characters take about half a second; analysis time grows faster than linearly with sentence
    // length (reported to the core: 160,000 characters take ~40 s), so the suite stays short
    name: 'a very long sentence with no punctuation',
    setup: () => [file('run-on.txt', `${'the minister said the bridge would reopen and officials told reporters that '.repeat(260)}\n`)],
    code: 0,
    stderr: () => [],
    check: (docs, [p]) => expectSpans(readFileSync(p!, 'utf8'), docs.get(p!)!.claims),
  },
  {
    name: 'deeply unbalanced quotation marks: diagnostics, not errors',
    setup: () => [
      file('opens.txt', `${'“'.repeat(3000)}The mayor said it was safe.\n`),
      file('closes.txt', `The mayor said it was safe.${'”»'.repeat(1500)}\n`),
      file('straight.txt', `"${'"He said "no," '.repeat(500)}\n`),
    ],
    code: 0,
    stderr: () => [],
    check: (docs, paths) => {
      for (const p of paths) expectSpans(readFileSync(p, 'utf8'), docs.get(p)!.claims);
      expect(docs.get(paths[0]!)!.diagnostics.some((d) => d.id === 'unclosed-quote')).toBe(true);
    },
  },
  {
    name: 'JSON Lines: a malformed line, no text, non-string text, empty text, a duplicate id',
    setup: () => [
      file('records.jsonl', [
        '{"id": "r1", "text": "Officials said the pier was safe."}',
        '{"id": "r2", "text": "broken',
        '{"id": "r3"}',
        '{"id": "r4", "text": 42}',
        '{"id": "r5", "text": "  "}',
        '{"id": "r1", "text": "Police said the road was clear."}',
        '',
      ].join('\n')),
    ],
    code: 1,
    stderr: ([p]) => [
      `claims: ${p}:2: invalid JSON (Unterminated string at column 29)`,
      `claims: ${p}:3: record has no string "text" field`,
      `claims: ${p}:4: record has no string "text" field (it is a number)`,
      `claims: ${p}:5: ${NO_TEXT}`,
      `claims: ${p}:6: warning: duplicate id "r1" (first at ${p}:1); both records are kept`,
    ],
    check: (docs, _paths, out) => {
      const names = (JSON.parse(out.stdout) as { documents: Array<{ doc: string }> }).documents.map((d) => d.doc);
      expect(names).toEqual([BEFORE, 'r1', 'r5', 'r1', AFTER]); // both r1 records are kept
      expect(docs.get('r5')!.claims).toEqual([]);
    },
  },
  {
    name: 'JSON Lines in UTF-16 with a BOM (Windows PowerShell 5 `>`)',
    setup: () => [file('powershell.jsonl', utf16(`${JSON.stringify({ id: 'ps', text: ARTICLE })}\r\n`, 'le'))],
    code: 0,
    stderr: () => [],
    check: (docs) => expect(anonymous(docs.get('ps')!.claims)).toEqual(anonymous(baseline.get(BEFORE)!.claims)),
  },
  {
    name: 'symbolic links: a loop back to a parent folder (a warning), a link to itself (an error)',
    setup: () => {
      const dir = join(tmp, 'links');
      file('links/a.txt', ARTICLE);
      symlinkSync(dir, join(dir, 'back'));
      symlinkSync('self.txt', join(dir, 'self.txt'));
      return [dir];
    },
    code: 1,
    stderr: ([dir]) => [`claims: ${dir}/back: warning: skipped symbolic link loop`, `claims: ${dir}/self.txt: too many levels of symbolic links`],
    check: (docs, [dir]) => expect(anonymous(docs.get(`${dir}/a.txt`)!.claims)).toEqual(anonymous(baseline.get(BEFORE)!.claims)),
  },
];

describe('bad input never crashes a batch or loses a result (in-process)', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const paths = c.setup();
      const out = await cli(['extract', '-f', 'json', ...(c.flags ?? []), BEFORE, ...paths, AFTER]);
      expect(out.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
      expect(out.stderr.split('\n').filter(Boolean)).toEqual(c.stderr(paths));
      expect(out.code).toBe(c.code);
      const docs = documents(out);
      for (const good of [BEFORE, AFTER]) {
        if (c.stderr(paths).some((line) => line.startsWith(`claims: ${good}:`))) continue; // the good one is what the flag skips
        expect(docs.get(good), `${good} is complete`).toEqual(baseline.get(good));
      }
      c.check?.(docs, paths, out);
    });
  }

  it('stdin over --max-size is refused with a message', async () => {
    const out = await cli(['extract', '--max-size', '100', '-f', 'json'], { stdin: ARTICLE });
    expect(out.stderr).toBe('claims: -: skipped: input is larger than --max-size 100 bytes\n');
    expect(out.code).toBe(1);
  });

  it('a bad --max-size is a usage error', async () => {
    const out = await cli(['extract', '--max-size', '10XB', BEFORE]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^claims: option '--max-size <size>' argument '10XB' is invalid/);
  });

  it('--fail-fast stops at the first error; what came before is written, exit 1', async () => {
    const missing = join(tmp, 'fail-fast-missing.txt');
    const out = await cli(['extract', '-f', 'json', '--fail-fast', BEFORE, missing, AFTER]);
    expect(out.stderr).toBe(`claims: ${missing}: no such file or directory\n`);
    expect(out.code).toBe(1);
    expect([...documents(out).keys()]).toEqual([BEFORE]);
  });

  it('--fail-fast does not stop for a warning', async () => {
    const empty = file('fail-fast-empty.txt', '');
    const out = await cli(['speakers', '-f', 'json', '--fail-fast', BEFORE, empty, AFTER]);
    expect(out.stderr).toBe(`claims: ${empty}: ${NO_TEXT}\n`);
    expect(out.code).toBe(0);
  });

  it('a directory given as the gold file or the predictions file', async () => {
    const dir = mkdtempSync(join(tmp, 'gold-'));
    expect(await cli(['eval', dir])).toEqual({ code: 1, stdout: '', stderr: `claims: ${dir}: is a directory\n` });
    const out = await cli(['eval', join(ROOT, 'fixtures/cli/gold.jsonl'), '--predictions', dir]);
    expect(out.stderr).toBe(`claims: ${dir}: is a directory\n`);
    expect(out.code).toBe(1);
  });
});

describe('a file that changes or disappears during the run', () => {
  // The table format writes each document's heading when it is done: that is when the next files change.
  it('one deleted, one turned into a folder, one emptied after the listing: each reported, the rest complete', async () => {
    const dir = mkdtempSync(join(tmp, 'changing-'));
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    for (const name of names) writeFileSync(join(dir, name), ARTICLE);
    let changed = false;
    // one thread reads one file at a time; worker threads (--jobs 2+) read ahead of the output
    const out = await cli(['extract', '--jobs', '1', dir], {
      onStdout: (chunk) => {
        if (changed || !chunk.includes('a.txt (')) return;
        changed = true;
        unlinkSync(join(dir, 'b.txt'));
        unlinkSync(join(dir, 'c.txt'));
        mkdirSync(join(dir, 'c.txt'));
        writeFileSync(join(dir, 'd.txt'), '');
      },
    });
    expect(changed).toBe(true);
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      `claims: ${dir}/b.txt: no such file or directory`,
      `claims: ${dir}/c.txt: is a directory`,
      `claims: ${dir}/d.txt: ${NO_TEXT}`,
    ]);
    expect(out.code).toBe(1);
    const claims = baseline.get(BEFORE)!.claims.length;
    expect(out.stdout).toContain(`${dir}/a.txt (${claims} claims)`);
    expect(out.stdout).toContain(`${dir}/d.txt (0 claims)`);
    expect(out.stdout).toContain(`${dir}/e.txt (${claims} claims)`);
  });

  it('a file that grows past --max-size between the listing and the read is still refused', async () => {
    const dir = mkdtempSync(join(tmp, 'growing-'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), 'small');
    const out = await cli(['extract', '--jobs', '1', '--max-size', '2KB', dir], {
      onStdout: (chunk) => chunk.includes('a.txt (') && writeFileSync(join(dir, 'b.txt'), 'x'.repeat(5000)),
    });
    expect(out.stderr).toBe(`claims: ${dir}/b.txt: skipped: file is larger than --max-size 2 KB\n`);
  });
});

describe('a folder of many tiny files', () => {
  // 1,000 here (about 2 s); robust-scale.test.ts runs 100,000 when CLAIMS_SCALE_TEST=1 (about 2 minutes).
  const COUNT = 1_000;
  it(`reads all ${COUNT}, in order, with no error`, async () => {
    const dir = mkdtempSync(join(tmp, 'many-'));
    for (let k = 0; k < COUNT; k++) writeFileSync(join(dir, `${String(k).padStart(6, '0')}.txt`), `Officials said ${k} boats were moved.`);
    const out = await cli(['extract', '-f', 'json', dir]);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const docs = [...documents(out).keys()];
    expect(docs).toHaveLength(COUNT);
    expect(docs).toEqual([...docs].sort());
  }, 60_000);
});
