/**
 * The CLI specification as one table of cases. Every case runs in-process through `run(io)`; the cases
 * marked `bin` also run through the real built binary (`node bin/claims.js`, spawned; `npm test` builds
 * first), kept to a handful because each spawn costs a node start. Assertions do not depend on
 * extraction quality, except the case marked [SEED].
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { decodeUtf8 } from '../src/io/decode.js';
import { parseRecord } from '../src/io/jsonl.js';
import { assertSpans, assertValid, validateClaim, validateOutput, validateSpeakerRow, validateStanceRow } from './schema-validate.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/claims.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SEED = 'seeds/000_32aebb9906950c9b.txt';
const ESC = '\x1b[';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

interface CliCase {
  name: string;
  args: string[];
  /** Piped to stdin; stdin is empty (and not a terminal) when absent. */
  stdin?: string;
  env?: Record<string, string>;
  /** Stdin is a terminal: in-process only (a spawned test has no terminal). */
  tty?: true;
  /** Also run through the built binary. */
  bin?: true;
  code: 0 | 1 | 2;
  check?: (out: Outcome, stdin: string) => void;
}

const STDIN_ARTICLE = 'The mayor said on Friday that the bridge would reopen.\n\n"It is safe," she told reporters.\n';
const NON_CLAIM_ARTICLE = 'The mayor said on Friday that the bridge would reopen. The ministry declined to comment.\n';
const STDIN_JSONL = '{"id": "one", "text": "Police said two cyclists were hurt."}\n{"id": oops}\n{"text": "No one commented."}\n';

/** A document's text by name, for checking spans: a file, stdin, or a record of a JSON Lines input. */
function textOf(stdin: string) {
  const records = new Map<string, string>();
  const addJsonl = (name: string, text: string) =>
    text.split('\n').forEach((line, k) => {
      const record = line.trim() === '' ? undefined : parseRecord(line);
      if (record !== undefined && !('error' in record)) records.set(record.id ?? `${name}:${k + 1}`, record.text);
    });
  addJsonl('-', stdin);
  for (const file of readdirSync(join(ROOT, 'fixtures/cli')).filter((name) => name.endsWith('.jsonl'))) {
    addJsonl(`fixtures/cli/${file}`, readFileSync(join(ROOT, 'fixtures/cli', file), 'utf8'));
  }
  return (doc: string): string => {
    if (doc === '-') return stdin;
    if (records.has(doc)) return records.get(doc)!;
    return decodeUtf8(readFileSync(join(ROOT, doc))).text;
  };
}

type JsonOutput = { documents: Array<{ doc: string; claims: Array<Parameters<typeof assertSpans>[0]> }> };

/** Parses json output, validates it against the schema and checks every span; returns it. */
function jsonOutput(out: Outcome, stdin: string): JsonOutput {
  const output = JSON.parse(out.stdout) as JsonOutput;
  assertValid(validateOutput, output);
  for (const doc of output.documents) for (const claim of doc.claims) assertSpans(claim, textOf(stdin));
  return output;
}

/** Parses ndjson claim lines, validating each and checking its spans. */
function ndjsonClaims(out: Outcome, stdin: string) {
  const claims = out.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  for (const claim of claims) {
    assertValid(validateClaim, claim);
    assertSpans(claim, textOf(stdin));
  }
  return claims as Array<{ doc: string; speaker: { text: string } | null }>;
}

const docs = (out: Outcome, stdin: string) => jsonOutput(out, stdin).documents.map((d) => d.doc);
const FOLDER_DOCS = ['fixtures/cli/folder/harbour.txt', 'fixtures/cli/folder/nested/orchard.md'];

const CASES: CliCase[] = [
  {
    name: '--help lists commands, examples and exit codes', bin: true,
    args: ['--help'],
    code: 0,
    check: ({ stdout, stderr }) => {
      for (const text of ['extract', 'speakers', 'eval', 'Examples:', 'Exit status']) expect(stdout).toContain(text);
      expect(stderr).toBe('');
    },
  },
  {
    name: 'extract --help lists the formats',
    args: ['extract', '--help'],
    code: 0,
    check: ({ stdout }) => expect(stdout).toMatch(/choices: "table", "json", "ndjson", "csv", "markdown"/),
  },
  { name: '--version prints the package version', bin: true, args: ['--version'], code: 0, check: ({ stdout }) => expect(stdout).toBe(`${VERSION}\n`) },
  {
    name: 'an unknown option is a usage error, in one line and a hint', bin: true,
    args: ['extract', '--bogus'],
    code: 2,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toBe("claims: unknown option '--bogus'\n(see 'claims extract --help')\n");
    },
  },
  { name: 'an unknown command is a usage error', args: ['frobnicate'], code: 2, check: ({ stderr }) => expect(stderr).toMatch(/^claims: unknown command 'frobnicate'/) },
  { name: 'an unknown format is a usage error', args: ['extract', '-f', 'xml', SEED], code: 2, check: ({ stderr }) => expect(stderr).toMatch(/argument 'xml' is invalid/) },
  { name: 'no command prints help on stderr, usage error', args: [], code: 2, check: ({ stdout, stderr }) => (expect(stdout).toBe(''), expect(stderr).toContain('Usage: claims')) },
  {
    name: 'no path with stdin on a terminal is a usage error with a hint',
    args: ['extract'],
    tty: true,
    code: 2,
    check: ({ stderr }) => expect(stderr).toBe('claims: no input: give files or folders, or pipe text to stdin (see claims --help)\n'),
  },
  { name: 'stdin text, json', bin: true, args: ['extract', '-f', 'json'], stdin: STDIN_ARTICLE, code: 0, check: (out, stdin) => expect(docs(out, stdin)).toEqual(['-']) },
  { name: 'stdin named "-" beside a file', args: ['extract', '-f', 'json', '-', FOLDER_DOCS[0]!], stdin: STDIN_ARTICLE, code: 0, check: (out, stdin) => expect(docs(out, stdin)).toEqual(['-', FOLDER_DOCS[0]]) },
  {
    name: 'stdin jsonl, ndjson: a bad line is reported by number and the rest still run', bin: true,
    args: ['extract', '--input', 'jsonl', '-f', 'ndjson'],
    stdin: STDIN_JSONL,
    code: 1,
    check: (out, stdin) => {
      expect(out.stderr).toBe("claims: -:2: invalid JSON (Unexpected token 'o')\n");
      for (const claim of ndjsonClaims(out, stdin)) expect(['one', '-:3']).toContain(claim.doc);
    },
  },
  {
    name: '--input text reads a named .jsonl file as one article',
    args: ['extract', '--input', 'text', 'fixtures/cli/docs.jsonl', '-f', 'json'],
    code: 0,
    check: (out, stdin) => expect(docs(out, stdin)).toEqual(['fixtures/cli/docs.jsonl']),
  },
  { name: '`help extract` is help, exit 0', args: ['help', 'extract'], code: 0, check: ({ stdout }) => expect(stdout).toMatch(/^Usage: claims extract/) },
  { name: 'a bad --input value is a usage error', args: ['extract', '--input', 'xml', SEED], code: 2, check: ({ stderr }) => expect(stderr).toMatch(/argument 'xml' is invalid/) },
  { name: 'a folder, recursively, articles only, sorted', bin: true, args: ['extract', 'fixtures/cli/folder', '-f', 'json'], code: 0, check: (out, stdin) => expect(docs(out, stdin)).toEqual(FOLDER_DOCS) },
  {
    name: 'a jsonl file: documents named by id, or file:line', bin: true,
    args: ['extract', 'fixtures/cli/docs.jsonl', '-f', 'json'],
    code: 0,
    check: (out, stdin) => expect(docs(out, stdin)).toEqual(['bridge-1', 'fixtures/cli/docs.jsonl:2', '42']),
  },
  {
    name: 'a missing file exits 1, named on stderr, and the other files are still written', bin: true,
    args: ['extract', FOLDER_DOCS[0]!, 'missing.txt', FOLDER_DOCS[1]!, '-f', 'json'],
    code: 1,
    check: (out, stdin) => {
      expect(out.stderr).toBe('claims: missing.txt: no such file or directory\n');
      expect(docs(out, stdin)).toEqual(FOLDER_DOCS);
    },
  },
  {
    name: 'invalid UTF-8 is replaced with a warning, exit 0',
    args: ['extract', 'fixtures/cli/latin1.txt', '-f', 'json'],
    code: 0,
    check: (out, stdin) => {
      expect(out.stderr).toBe('claims: fixtures/cli/latin1.txt: warning: invalid UTF-8 bytes replaced with U+FFFD\n');
      expect(docs(out, stdin)).toEqual(['fixtures/cli/latin1.txt']);
    },
  },
  {
    name: '--min-confidence outside 0..1 is a usage error',
    args: ['extract', '--min-confidence', '1.5', SEED],
    code: 2,
    check: ({ stdout, stderr }) => (expect(stdout).toBe(''), expect(stderr).toMatch(/^claims: option '--min-confidence <x>' argument '1.5' is invalid\. expected a number from 0 to 1\n/)),
  },
  { name: '--min-confidence must be a number', args: ['speakers', '--min-confidence', 'high', SEED], code: 2, check: ({ stderr }) => expect(stderr).toMatch(/argument 'high' is invalid/) },
  {
    name: '--min-confidence drops the claims below it', bin: true,
    args: ['extract', '-f', 'ndjson', '--min-confidence', '0.8'],
    stdin: NON_CLAIM_ARTICLE,
    code: 0,
    check: (out, stdin) => {
      for (const claim of ndjsonClaims(out, stdin) as unknown as Array<{ confidence: number }>) expect(claim.confidence).toBeGreaterThanOrEqual(0.8);
    },
  },
  {
    // the same sentence as fixtures/cli/gold-classifier-cue.jsonl: "question" is a cue for the classifier only
    name: '[needs the extraction core] extract --rules-only leaves out a cue only the classifier accepts', bin: true,
    args: ['extract', '-f', 'ndjson', '--rules-only'],
    stdin: 'Critics question whether the plan will work.\n',
    code: 0,
    check: (out, stdin) => expect(ndjsonClaims(out, stdin)).toEqual([]),
  },
  {
    name: 'non-claims ("declined to comment") are left out by default',
    args: ['extract', '-f', 'ndjson'],
    stdin: NON_CLAIM_ARTICLE,
    code: 0,
    check: (out, stdin) => expect(ndjsonClaims(out, stdin).filter((claim) => 'nonClaim' in claim)).toEqual([]),
  },
  {
    // depends on the extraction core recognising "declined to comment" (src/frame/non-claim.ts)
    name: '[needs the extraction core] --include-non-claims keeps them, marked nonClaim: true', bin: true,
    args: ['extract', '-f', 'ndjson', '--include-non-claims'],
    stdin: NON_CLAIM_ARTICLE,
    code: 0,
    check: (out, stdin) => expect(ndjsonClaims(out, stdin).filter((claim) => 'nonClaim' in claim).map((claim) => (claim as { nonClaim?: true }).nonClaim)).toEqual([true]),
  },
  { name: 'ndjson: every line a valid claim', args: ['extract', 'fixtures/cli', '-f', 'ndjson'], code: 1, check: (out, stdin) => void ndjsonClaims(out, stdin) },
  {
    name: 'table: a heading per document and a summary, no colour when piped', bin: true,
    args: ['extract', 'fixtures/cli/folder'],
    code: 0,
    check: ({ stdout }) => {
      for (const doc of FOLDER_DOCS) expect(stdout).toMatch(new RegExp(`^${doc} \\(\\d+ claims?\\)$`, 'm'));
      expect(stdout).toMatch(/claims? in 2 documents\n$/);
      expect(stdout).not.toContain(ESC);
    },
  },
  {
    name: 'csv: the documented header', bin: true,
    args: ['extract', 'fixtures/cli/folder', '-f', 'csv'],
    code: 0,
    check: ({ stdout }) =>
      expect(stdout.split('\r\n')[0]).toBe(
        'doc,speaker,speaker_name,speaker_type,cue,cue_lemma,content,kind,start,end,sentence,rule,' +
          'stance,hedge,disputed_by_writer,non_claim,confidence,speaker_role,speaker_affiliation',
      ),
  },
  {
    name: 'markdown: a heading per document', bin: true,
    args: ['extract', 'fixtures/cli/folder', '--format', 'markdown'],
    code: 0,
    check: ({ stdout }) => expect(stdout.match(/^## .*$/gm)).toEqual(FOLDER_DOCS.map((doc) => `## ${doc}`)),
  },
  { name: 'FORCE_COLOR colours the table', bin: true, args: ['extract', 'fixtures/cli/folder'], env: { FORCE_COLOR: '1' }, code: 0, check: ({ stdout }) => expect(stdout).toContain(ESC) },
  { name: 'NO_COLOR wins over --color? no: the flag wins', args: ['extract', 'fixtures/cli/folder', '--color'], env: { NO_COLOR: '1' }, code: 0, check: ({ stdout }) => expect(stdout).toContain(ESC) },
  { name: 'NO_COLOR: no escape codes', bin: true, args: ['speakers', 'fixtures/cli/folder'], env: { NO_COLOR: '1' }, code: 0, check: ({ stdout }) => expect(stdout).not.toContain(ESC) },
  { name: '--no-color beats FORCE_COLOR', args: ['extract', 'fixtures/cli/folder', '--no-color'], env: { FORCE_COLOR: '1' }, code: 0, check: ({ stdout }) => expect(stdout).not.toContain(ESC) },
  {
    name: 'speakers json validates; speakers ndjson rows validate',
    args: ['speakers', 'fixtures/cli/folder', 'fixtures/cli/docs.jsonl', '-f', 'json'],
    code: 0,
    check: ({ stdout }) => {
      const output = JSON.parse(stdout);
      assertValid(validateOutput, output);
      for (const row of output.speakers) assertValid(validateSpeakerRow, row);
    },
  },
  {
    name: 'speakers --sort words: most words first, each row with its words and share',
    args: ['speakers', 'fixtures/cli/folder', 'fixtures/cli/docs.jsonl', '-f', 'json', '--sort', 'words'],
    code: 0,
    check: ({ stdout }) => {
      const { speakers } = JSON.parse(stdout) as { speakers: Array<{ words: number; share: number }> };
      assertValid(validateOutput, JSON.parse(stdout));
      expect(speakers.map((row) => row.words)).toEqual(speakers.map((row) => row.words).sort((a, b) => b - a));
      if (speakers.length > 0) expect(speakers.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 2);
    },
  },
  {
    name: 'speakers --sort name: alphabetical, ignoring case',
    args: ['speakers', 'fixtures/cli/folder', '-f', 'ndjson', '--sort', 'name'],
    code: 0,
    check: ({ stdout }) => {
      const names = stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { name: string }).name.toLowerCase());
      expect(names).toEqual([...names].sort());
    },
  },
  { name: 'speakers --sort with an unknown key is a usage error', args: ['speakers', '--sort', 'loudness', SEED], code: 2, check: ({ stderr }) => expect(stderr).toMatch(/argument 'loudness' is invalid/) },
  {
    name: 'speakers --by-stance json validates; ndjson rows validate', bin: true,
    args: ['speakers', '--by-stance', 'fixtures/cli/folder', 'fixtures/cli/docs.jsonl', '-f', 'json'],
    code: 0,
    check: ({ stdout }) => {
      const output = JSON.parse(stdout);
      assertValid(validateOutput, output);
      expect(Object.keys(output)).toEqual(['tool', 'version', 'schemaVersion', 'stances']);
      for (const row of output.stances) assertValid(validateStanceRow, row);
    },
  },
  {
    name: 'speakers --by-stance as a table ends with a legend when a stance other than asserts is used',
    args: ['speakers', '--by-stance', SEED],
    code: 0,
    check: ({ stdout }) => (expect(stdout).toMatch(/│ Speaker +│ Type +│ Claims │ By stance +│ Against +│/), expect(stdout).toMatch(/\nMarks: .*\n$/)),
  },
  {
    // [SEED] depends on the extraction core: stance `denies` on "rejected", `claims` on "maintained".
    name: '[SEED, needs the extraction core] speakers --by-stance: the US State Department denies the Russian Defense Ministry',
    args: ['speakers', '--by-stance', SEED, '-f', 'ndjson'],
    code: 0,
    check: ({ stdout }) => {
      const rows = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
      for (const row of rows) assertValid(validateStanceRow, row);
      const department = rows.find((row) => row.name === 'The US State Department');
      expect(department.targets).toEqual([{ stance: 'denies', name: 'the Russian Defense Ministry', type: 'government', claims: 1 }]);
    },
  },
  {
    name: 'eval prints the score table', bin: true,
    args: ['eval', 'fixtures/cli/gold.jsonl'],
    code: 0,
    check: ({ stdout, stderr }) => (expect(stdout).toMatch(/^metric\s+overall/), expect(stderr).toBe('')),
  },
  {
    name: 'eval --json names the tool and holds the scores',
    args: ['eval', 'fixtures/cli/gold.jsonl', '--json'],
    code: 0,
    check: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject({ tool: 'claims', version: VERSION, score: { overall: { n_gold: 2 } } }),
  },
  {
    name: 'eval --json --errors adds the error analysis',
    args: ['eval', 'fixtures/cli/gold.jsonl', '--json', '--errors'],
    code: 0,
    check: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject({ score: expect.any(Object), errors: { summary: { gold: 2 }, groups: expect.any(Array) } }),
  },
  {
    name: 'eval --calibration adds the reliability table after the scores', bin: true,
    args: ['eval', 'fixtures/cli/gold.jsonl', '--calibration'],
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toMatch(/^metric[\s\S]*\n\nCalibration: .*\nconfidence +claims +mean conf +right\n\[0\.0, 0\.5\) /);
      expect(stdout).toMatch(/\n\[0\.9, 1\.0\] +\d+ +[\d.-]+ +[\d.%-]+\nall +\d+ .*\nclaims at >= 0\.9: \d+, right (\d+\.\d%|-)\n$/);
    },
  },
  {
    name: 'eval --json --calibration holds the bins and the >= 0.9 summary',
    args: ['eval', 'fixtures/cli/gold.jsonl', '--json', '--calibration'],
    code: 0,
    check: ({ stdout }) => {
      const { calibration } = JSON.parse(stdout);
      expect(calibration.bins.map((b: { min: number; max: number }) => [b.min, b.max])).toEqual([[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1]]);
      expect(calibration.atLeast).toMatchObject({ confidence: 0.9, claims: expect.any(Number) });
      expect(calibration.all.claims).toBe(calibration.bins.reduce((sum: number, b: { claims: number }) => sum + b.claims, 0));
    },
  },
  {
    // depends on the trained cue classifier accepting "question" in this sentence (models/cue-verbs.json)
    name: '[needs the extraction core] eval --rules-only scores the rules without the cue classifier',
    args: ['eval', 'fixtures/cli/gold-classifier-cue.jsonl', '--json', '--rules-only'],
    code: 0,
    check: ({ stdout }) => expect(JSON.parse(stdout).score.overall).toMatchObject({ n_pred: 0, e2e: { r: 0 } }),
  },
  {
    name: '[needs the extraction core] eval uses the cue classifier by default',
    args: ['eval', 'fixtures/cli/gold-classifier-cue.jsonl', '--json'],
    code: 0,
    check: ({ stdout }) => expect(JSON.parse(stdout).score.overall).toMatchObject({ n_pred: 1, e2e: { r: 1 } }),
  },
  { name: 'eval --errors prints the analysis after the scores', args: ['eval', 'fixtures/cli/gold.jsonl', '--errors'], code: 0, check: ({ stdout }) => expect(stdout).toMatch(/^metric[\s\S]*\nEnd-to-end: /) },
  { name: 'eval of a missing gold file exits 1', args: ['eval', 'missing.jsonl'], code: 1, check: ({ stderr }) => expect(stderr).toBe('claims: missing.jsonl: no such file or directory\n') },
  { name: 'eval of a malformed gold file exits 1 naming file:line', args: ['eval', 'fixtures/cli/docs.jsonl'], code: 1, check: ({ stderr }) => expect(stderr).toMatch(/^claims: fixtures\/cli\/docs\.jsonl:1: .+\n$/) },
  {
    // [SEED] depends on the extraction core (src/pipeline.ts), not on the CLI.
    name: '[SEED, needs the extraction core] the seed article has a claim whose speaker is "Rebels"', bin: true,
    args: ['extract', SEED, '-f', 'ndjson'],
    code: 0,
    check: (out, stdin) => expect(ndjsonClaims(out, stdin).some((claim) => claim.speaker?.text === 'Rebels')).toBe(true),
  },
];

/** The environment of a case: colour variables cleared, so the host's do not leak in. */
function caseEnv(c: CliCase): Record<string, string | undefined> {
  return { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...c.env };
}

function runBinary(c: CliCase): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(caseEnv(c)).filter(([, v]) => v !== undefined));
    const child = spawn(process.execPath, [BIN, ...c.args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(c.stdin ?? '');
  });
}

function collector() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  return { stream, text: () => text };
}

async function runInProcess(c: CliCase): Promise<Outcome> {
  const stdin = Object.assign(Readable.from(c.stdin === undefined ? [] : [Buffer.from(c.stdin)]), { isTTY: c.tty === true });
  const stdout = collector();
  const stderr = collector();
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await run({ argv: c.args, stdin, stdout: Object.assign(stdout.stream, { isTTY: false }), stderr: stderr.stream, env: caseEnv(c) });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(cwd);
  }
}

async function verify(c: CliCase, out: Outcome): Promise<void> {
  expect(out.stderr, 'stack traces never reach the user').not.toMatch(/\n\s+at /);
  expect({ code: out.code, stderr: out.stderr }).toMatchObject({ code: c.code });
  c.check?.(out, c.stdin ?? '');
}

describe.concurrent('claims (built binary)', () => {
  if (!existsSync(join(ROOT, 'dist/cli/run.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test builds first)');
  for (const c of CASES.filter((c) => c.bin === true)) it(c.name, async () => verify(c, await runBinary(c)));
});

describe('claims (in-process run)', () => {
  for (const c of CASES) it(c.name, async () => verify(c, await runInProcess(c)));
});

describe('claims eval --predictions', () => {
  it('writes one scorer-format document per gold line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claims-cli-')), 'pred.jsonl');
    const out = await runInProcess({ name: '', args: ['eval', 'fixtures/cli/gold.jsonl', '--predictions', file], code: 0 });
    expect(out.code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['gold-1', 'gold-2']);
    expect(lines[0]).toMatchObject({ text: expect.any(String), attributions: expect.any(Array) });
  });
});

describe('claims extract as a map step (built binary)', () => {
  // The table format writes a heading per document even when it has no claims, so this checks the
  // streaming (shared by every streaming format, ndjson included) without depending on extraction.
  it('answers each JSON Lines record before the next one arrives', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--input', 'jsonl'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8');
    let stdout = '';
    let waiting: (() => void) | undefined;
    child.stdout.on('data', (s: string) => ((stdout += s), waiting?.()));
    const waitFor = (text: string) =>
      new Promise<void>((resolve) => {
        waiting = () => stdout.includes(text) && resolve();
        waiting();
      });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('{"id": "first", "text": "Officials said the road was clear."}\n');
    await waitFor('first (');
    expect(stdout).not.toContain('second');
    child.stdin.end('{"id": "second", "text": "Officials said the bridge was open."}\n');
    await waitFor('second (');
    expect(await exited).toBe(0);
  });
});

describe('a reader that goes away (built binary)', () => {
  // like `claims … | head -1`: the pipe closes before (help) or while (extract) the output is written
  it.each([
    ['before help is written', ['--help'], ''],
    ['while documents are written', ['extract', '--input', 'jsonl'], `${JSON.stringify({ text: 'Officials said the road was clear. '.repeat(20) })}\n`.repeat(300)],
  ])('ends quietly when it goes %s', async (_when, args, input) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    if (input === '') child.stdout.destroy();
    else child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(input);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
