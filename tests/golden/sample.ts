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

const FRAMING = [
  'The Harbour Board claimed that the dredger was safe.',
  'Mayor Lena Ortiz denied the Harbour Board\'s figures.',
  'The union rejected those assertions.',
  '"We never saw a report," the board\'s spokesman Tom Hale admitted.',
  'Ortiz asked whether fees would rise. Residents believe the channel will flood.',
  'The Gazette reported that pilots had quit. The dredger is reportedly leaking.',
  'The crew was not, as some posts said, arrested. The board declined to comment.',
].join('\n');

type FramedFields = Omit<Claim, 'cue' | 'content' | 'kind' | 'rule' | 'confidence'> & Partial<Pick<Claim, 'kind' | 'rule'>>;

/** A claim of FRAMING, its cue (`text/lemma`) and content found by their text; indirect, rule verb-after. */
function framed(cue: string, content: string, rest: FramedFields): Claim {
  const [cueText, lemma] = cue.split('/') as [string, string];
  const c = spanOf(FRAMING, content);
  return { kind: 'indirect', rule: 'verb-after', ...rest, cue: { ...spanOf(FRAMING, cueText), lemma }, content: { ...c, spans: [[c.start, c.end]] }, confidence: 0.5 };
}

const board = spanOf(FRAMING, 'The Harbour Board');
const ortiz = spanOf(FRAMING, 'Mayor Lena Ortiz');

/** One claim of every stance, a writer's hedge, a writer's dispute, a non-claim, a role and an affiliation. */
const framingClaims: Claim[] = [
  framed('claimed/claim', 'the dredger was safe', { speaker: { ...board, name: board.text, type: 'organization', resolution: 'self' }, sentence: 0, stance: 'claims' }),
  framed('denied/deny', "the Harbour Board's figures", { speaker: { ...ortiz, name: 'Lena Ortiz', type: 'person', resolution: 'self', role: 'Mayor' }, sentence: 1, stance: 'denies' }),
  framed('rejected/reject', 'those assertions', { speaker: { ...spanOf(FRAMING, 'The union'), name: 'The union', type: 'group', resolution: 'self' }, sentence: 2, stance: 'denies' }),
  framed('admitted/admit', '"We never saw a report,"', {
    speaker: { ...spanOf(FRAMING, "the board's spokesman Tom Hale"), name: 'Tom Hale', type: 'person', resolution: 'self', role: 'spokesman', affiliation: 'The Harbour Board' },
    kind: 'direct', sentence: 3, rule: 'verb-before', stance: 'concedes',
  }),
  framed('asked/ask', 'whether fees would rise', { speaker: { ...spanOf(FRAMING, 'Ortiz', 1), name: 'Lena Ortiz', type: 'person', resolution: 'partial-name', antecedent: ortiz }, sentence: 4, stance: 'asks' }),
  framed('believe/believe', 'the channel will flood', { speaker: { ...spanOf(FRAMING, 'Residents'), name: 'Residents', type: 'group', resolution: 'self' }, sentence: 5, stance: 'believes' }),
  framed('reported/report', 'pilots had quit', { speaker: { ...spanOf(FRAMING, 'The Gazette'), name: 'The Gazette', type: 'media', resolution: 'self' }, sentence: 6, stance: 'reports' }),
  framed('reportedly/reportedly', 'leaking', { speaker: null, sentence: 7, rule: 'hedge-adverb', stance: 'reports', hedge: 'reportedly' }),
  framed('said/say', 'arrested', {
    speaker: { ...spanOf(FRAMING, 'some posts'), name: 'some posts', type: 'anonymous', resolution: 'self' },
    sentence: 8, rule: 'verb-aside', stance: 'asserts', hedge: 'some posts said', disputedByWriter: true,
  }),
  framed('declined/decline', 'to comment', {
    speaker: { ...spanOf(FRAMING, 'The board'), name: 'The Harbour Board', type: 'organization', resolution: 'role-noun', antecedent: board },
    sentence: 9, stance: 'asserts', nonClaim: true,
  }),
];

/**
 * Four documents: four claims of every shape; a quote across a line break and a diagnostic; none; and
 * one claim of every stance and framing flag.
 */
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
  { doc: 'framing.txt', text: FRAMING, claims: framingClaims, diagnostics: [] },
];

/** Fixed formatter options, so golden files do not depend on the package version or terminal. */
export const GOLDEN_OPTIONS = { color: false, width: 80, version: '9.9.9-test' } as const;
