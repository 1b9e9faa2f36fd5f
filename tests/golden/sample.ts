/**
 * A hand-built result for formatter tests and golden files: independent of the extraction core, so the
 * golden outputs change only when a formatter does. Spans are computed from the text, never typed in.
 */
import type { Claim, DocumentResult, Span } from '../../src/types.js';

/** The span of the `occurrence`-th (0-based) `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`sample: ${JSON.stringify(needle)} #${occurrence} not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

const PORTS = [
  'The Ministry of Ports said on Monday that dredging would resume.',
  '"The channel is safe," it said, "and the pilots agree."',
  'Critics were unconvinced. "It\'s a gamble | a big one," said Ada Brook, a harbour pilot.',
  'It was reported that fees would rise.',
].join('\n');

const ministry = spanOf(PORTS, 'The Ministry of Ports');
const quote1 = spanOf(PORTS, '"The channel is safe,"');
const quote2 = spanOf(PORTS, '"and the pilots agree."');

const portsClaims: Claim[] = [
  {
    speaker: { ...ministry, name: ministry.text, type: 'organization', resolution: 'self' },
    cue: { ...spanOf(PORTS, 'said'), lemma: 'say' },
    content: { ...spanOf(PORTS, 'dredging would resume'), spans: [[spanOf(PORTS, 'dredging would resume').start, spanOf(PORTS, 'dredging would resume').end]] },
    kind: 'indirect',
    sentence: 0,
    rule: 'reporting-clause',
    stance: 'asserts',
    confidence: 0.9,
  },
  {
    speaker: { ...spanOf(PORTS, 'it'), name: ministry.text, type: 'organization', resolution: 'pronoun', antecedent: ministry },
    cue: { ...spanOf(PORTS, 'said', 1), lemma: 'say' },
    content: {
      start: quote1.start,
      end: quote2.end,
      text: PORTS.slice(quote1.start, quote2.end),
      spans: [[quote1.start, quote1.end], [quote2.start, quote2.end]],
    },
    kind: 'direct',
    sentence: 1,
    rule: 'quote-cue-speaker-quote',
    stance: 'asserts',
    confidence: 0.9,
  },
  {
    speaker: { ...spanOf(PORTS, 'Ada Brook'), name: 'Ada Brook', type: 'person', resolution: 'self', role: 'pilot' },
    cue: { ...spanOf(PORTS, 'said', 2), lemma: 'say' },
    content: { ...spanOf(PORTS, '"It\'s a gamble | a big one,"'), spans: [[spanOf(PORTS, '"It\'s').start, spanOf(PORTS, 'one,"').end]] },
    kind: 'direct',
    sentence: 3,
    rule: 'quote-cue-speaker',
    stance: 'asserts',
    confidence: 0.9,
  },
  {
    speaker: null,
    cue: { ...spanOf(PORTS, 'It was reported'), lemma: 'report' },
    hedge: 'It was reported',
    content: { ...spanOf(PORTS, 'fees would rise'), spans: [[spanOf(PORTS, 'fees would rise').start, spanOf(PORTS, 'fees would rise').end]] },
    kind: 'indirect',
    sentence: 4,
    rule: 'passive-report',
    stance: 'reports',
    confidence: 0.9,
  },
];

const UNION = '"We will not stop,\nnot now," the union said. "Never';
const unionQuote = spanOf(UNION, '"We will not stop,\nnot now,"');

/** Three documents: four claims of every shape; a quote across a line break and a diagnostic; none. */
export const SAMPLE: DocumentResult[] = [
  { doc: 'ports.txt', text: PORTS, claims: portsClaims, diagnostics: [] },
  {
    doc: 'strike, "day 2".md',
    text: UNION,
    claims: [
      {
        speaker: { ...spanOf(UNION, 'the union'), name: 'the union', type: 'group', resolution: 'self' },
        cue: { ...spanOf(UNION, 'said'), lemma: 'say' },
        content: { ...unionQuote, spans: [[unionQuote.start, unionQuote.end]] },
        kind: 'direct',
        sentence: 0,
        rule: 'quote-speaker-cue',
        stance: 'asserts',
        confidence: 0.9,
      },
    ],
    diagnostics: [{ id: 'unclosed-quote', message: 'quotation mark opened here is never closed', span: spanOf(UNION, '"Never') }],
  },
  { doc: 'quiet.txt', text: 'Rain fell all day.', claims: [], diagnostics: [] },
];

/** Fixed formatter options, so golden files do not depend on the package version or terminal. */
export const GOLDEN_OPTIONS = { color: false, width: 80, version: '9.9.9-test' } as const;
