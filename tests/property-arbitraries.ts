/**
 * Generators for tests/property.test.ts: short news-like documents built from the fragments the
 * extractors react to, and arbitrary Unicode strings.
 */
import fc from 'fast-check';

const pick = (...items: string[]) => fc.constantFrom(...items);

const NAMES = pick(
  'Jane Doe', 'Mr. Smith', 'Dr. Ana María López', 'the minister', 'Police', 'police', 'He', 'he', 'She', 'It', 'it',
  'They', 'they', 'O’Brien', "O'Neil", 'the Russian Defense Ministry', 'a spokesman for the U.S. Embassy', 'Zoë Ångström',
  'José', '李明', 'محمد', 'officials', 'A witness', 'the company', 'Smith', 'Nauert', 'Heather Nauert', 'White Helmets rescuers',
);
const CUES = pick(
  'said', 'says', 'told reporters', 'told AFP', 'added', 'claimed', 'warned', 'denied', 'insisted', 'according to', 'According to',
  'said in a statement', 'wrote on Twitter', 'asked', 'noted', 'maintained that', 'believes', 'did not say', 'has said', 'will say',
  'reportedly said', 'said that', 'announced', 'it was reported that', 'explained', 'argued',
);
const QUOTE_MARKS = pick('"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', "''", '``', '« ', ' »');
const PUNCTUATION = pick('.', ',', ':', ';', '?', '!', '…', '...', ' — ', '—', ' – ', '-', ' - ', '―', '(', ')', '[', ']', ' -- ', '.”', ',”', '?"');
const SPACES = pick(' ', '  ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\t', '\u00a0', '\u2028', '\u2029', '\u200b', ' \n ');
const WORDS = pick(
  'the', 'bridge', 'would', 'reopen', 'on Friday', 'that', 'we', 'will', 'win', 'not', 'U.S.', '3.5%', '$1.2bn', 'e.g.', 'No.',
  'etc.', 'the plan works', 'it is safe', 'no comment', 'I', 'you', 'in 2024', 'Mr.', 'St.', 'a.m.', 'don’t', "can't", 'rock ’n’ roll',
);
const ODD = pick(
  '😀', '👩‍👩‍👧', '🇺🇸', '𝐀𝐁', '𝕏', 'e\u0301', 'n\u0303', '\u0301', '\u200d', '\u200f', '\u202e', '\ufeff', '\ufffd', '\u0000',
  '\u0007', 'ﬁ', 'İ', 'ß', 'ǅ', '\u{E0001}', '𠜎', 'a\u0308\u0301', '🏳️‍🌈', '٣', '\u00ad',
);
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['「', '」'], ["''", "''"], ['``', "''"]];

const words = fc.array(fc.oneof({ arbitrary: WORDS, weight: 4 }, { arbitrary: ODD, weight: 1 }, { arbitrary: NAMES, weight: 1 }), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

/** A sentence shaped like a claim, in one of the layouts the extractors know. */
const claimSentence = fc
  .tuple(fc.integer({ min: 0, max: 7 }), NAMES, CUES, words, fc.constantFrom(...QUOTE_PAIRS), fc.constantFrom('.', '', '!', '?', '…'))
  .map(([layout, name, cue, said, [open, close], end]) => {
    switch (layout) {
      case 0: return `${open}${said},${close} ${name} ${cue}${end}`;
      case 1: return `${name} ${cue} ${said}${end}`;
      case 2: return `${name} ${cue}: ${open}${said}${close}${end}`;
      case 3: return `${cue} ${name}, ${said}${end}`;
      case 4: return `${name}: ${said}${end}`;
      case 5: return `${open}${said}${close} — ${name}`;
      case 6: return `${open}${said},${close} ${cue} ${name}, ${open}${said}${end}${close}`;
      default: return `${said}, ${name} ${cue}${end}`;
    }
  });

const fragment = fc.oneof(
  { arbitrary: claimSentence, weight: 6 },
  { arbitrary: NAMES, weight: 2 },
  { arbitrary: CUES, weight: 2 },
  { arbitrary: QUOTE_MARKS, weight: 3 },
  { arbitrary: PUNCTUATION, weight: 3 },
  { arbitrary: SPACES, weight: 3 },
  { arbitrary: words, weight: 3 },
  { arbitrary: ODD, weight: 1 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);

/** A short news-like document: fragments joined by nothing, a space or a line break. */
export const documentArbitrary = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', ' ', ' ', '', '\n', '\r\n')), { maxLength: 16 })
  .map((parts) => parts.map(([text, join]) => text + join).join(''));

/** Any string: every code point, and lone (unpaired) surrogates. */
export const unicodeArbitrary = fc.string({
  unit: fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 9 }, { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 }),
  maxLength: 80,
});
