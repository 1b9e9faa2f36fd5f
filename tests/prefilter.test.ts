/**
 * The one-parse pipeline and its tagging prefilter (src/nlp/compromise.ts, src/prefilter.ts): offsets
 * of the parse, which sentences get tagged, and that tagging only those finds exactly the claims that
 * tagging every sentence finds.
 */
import { describe, expect, it, vi } from 'vitest';
import { article } from '../scripts/lib/news-corpus.mjs';
import type { Sentence } from '../src/document.js';
import { parseText } from '../src/nlp/compromise.js';
import { analyze, analyzeText } from '../src/pipeline.js';
import { PRONOUN_CONTEXT_SENTENCES, sentencesForClaims, sentencesToTag } from '../src/prefilter.js';
import { splitParagraphs } from '../src/text/paragraphs.js';
import { findQuotes, quotedMask } from '../src/text/quotes.js';
import type { Claim } from '../src/types.js';

/** When set, the pipeline tags every sentence (the reference the prefilter must match). */
const tagAll = vi.hoisted(() => ({ on: false }));
vi.mock('../src/prefilter.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/prefilter.js')>();
  const all = (input: { sentences: readonly Sentence[] }) => input.sentences.map((s) => s.index);
  return {
    ...real,
    sentencesToTag: (input: Parameters<typeof real.sentencesToTag>[0]) => (tagAll.on ? all(input) : real.sentencesToTag(input)),
    sentencesForClaims: (input: Parameters<typeof real.sentencesForClaims>[0], claims: Parameters<typeof real.sentencesForClaims>[1]) =>
      (tagAll.on ? all(input) : real.sentencesForClaims(input, claims)),
  };
});

function parse(text: string) {
  const paragraphs = splitParagraphs(text);
  const parsed = parseText(text, paragraphs, (word) => word === 'said');
  const quoted = quotedMask(text, findQuotes(text, paragraphs).quotes);
  return { parsed, input: { sentences: parsed.sentences, quoted } };
}

const TEXT = [
  'The river rose overnight in Velmora. Ana Varga, the harbour commissioner, said the barrier held.',
  '“It will not hold another week,” Varga said. “We need pumps.” Crews worked until dawn.',
  'According to the council, repairs start in May. It said nothing about the cost.',
].join('\n\n');

describe('parseText: one parse, tags on request', () => {
  const { parsed } = parse(TEXT);

  it('tokens are slices of the text, sentences tile their paragraphs in order', () => {
    for (const s of parsed.sentences) {
      expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    }
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'The river rose overnight in Velmora.', 'Ana Varga, the harbour commissioner, said the barrier held.',
      '“It will not hold another week,” Varga said.', '“We need pumps.”', 'Crews worked until dawn.',
      'According to the council, repairs start in May.', 'It said nothing about the cost.',
    ]);
  });

  it('untagged until tagged; tagging is done once and keeps the offsets', () => {
    const { parsed: fresh } = parse(TEXT);
    const before = fresh.sentences[1]!.tokens.map((t) => [t.start, t.end]);
    expect(fresh.sentences[1]!.tokens.every((t) => t.tags.size === 0)).toBe(true);
    fresh.tag([1, 1]);
    const said = fresh.sentences[1]!.tokens.find((t) => t.text === 'said')!;
    expect(said.tags.has('Verb')).toBe(true);
    expect(fresh.sentences[1]!.tokens.map((t) => [t.start, t.end])).toEqual(before);
    expect(fresh.sentences[0]!.tokens.every((t) => t.tags.size === 0)).toBe(true);
    const tokens = fresh.sentences[1]!.tokens;
    fresh.tag([1]);
    expect(fresh.sentences[1]!.tokens).toBe(tokens);
  });

  it('a sentence split off inside a compromise sentence is tagged as standing alone', () => {
    const { parsed: fresh } = parse('“We need pumps.” Crews worked until dawn.');
    fresh.tag([0, 1]);
    expect(fresh.sentences.map((s) => s.text)).toEqual(['“We need pumps.”', 'Crews worked until dawn.']);
    expect(fresh.sentences[1]!.tokens[0]!.tags.has('ProperNoun')).toBe(false);
  });
});

describe('the prefilter', () => {
  const { input } = parse(TEXT);
  const texts = (indices: number[]) => indices.sort((a, b) => a - b).map((i) => input.sentences[i]!.text);

  it('tags sentences with a cue verb form or a cue phrase outside quotations', () => {
    expect(texts(sentencesToTag(input))).toEqual([
      'Ana Varga, the harbour commissioner, said the barrier held.', '“It will not hold another week,” Varga said.',
      'According to the council, repairs start in May.', 'It said nothing about the cost.',
    ]);
  });

  it('tags a sentence that opens with a quotation closed by a comma, "?", "!" or a dash, as a reporting clause may follow it', () => {
    const opening = parse('“Bring the boats in,” the harbour master went on.\n\n“Bring them in” \u2014 the harbour master went on.\n\n“Bring them in.” The tide turned.').input;
    expect(sentencesToTag(opening).map((i) => opening.sentences[i]!.text)).toEqual([
      '“Bring the boats in,” the harbour master went on.', '“Bring them in” \u2014 the harbour master went on.',
    ]);
  });

  it('for a pronoun speaker, the sentences before it; for a name, earlier sentences with its last word', () => {
    const at = (s: number, text: string) => ({ start: input.sentences[s]!.text.indexOf(text) + input.sentences[s]!.start, text });
    const pronoun = { sentence: 6, speaker: { ...at(6, 'It'), end: 0 } };
    expect(texts(sentencesForClaims(input, [pronoun]))).toEqual(texts([6, ...Array.from({ length: PRONOUN_CONTEXT_SENTENCES }, (_, k) => 5 - k)]));
    const surname = { sentence: 2, speaker: { ...at(2, 'Varga'), end: 0 } };
    expect(texts(sentencesForClaims(input, [surname]))).toEqual(texts([1, 2]));
    expect(sentencesForClaims(input, [{ sentence: 4, speaker: null }])).toEqual([4]);
  });
});

describe('tagging only what the prefilter picks finds the same claims as tagging everything', () => {
  const withoutResolution = (claims: Claim[]) =>
    claims.map((c) => ({ ...c, speaker: c.speaker && { text: c.speaker.text, start: c.speaker.start, end: c.speaker.end } }));
  const run = (text: string, all: boolean) => {
    tagAll.on = all;
    try {
      return analyze(text).claims;
    } finally {
      tagAll.on = false;
    }
  };

  it('on invented articles: the same claims; speakers resolved the same', () => {
    let claims = 0;
    for (let i = 0; i < 40; i++) {
      const { text } = article(i, { seed: 11, bytes: 3000 });
      const filtered = run(text, false);
      const reference = run(text, true);
      expect(withoutResolution(filtered)).toEqual(withoutResolution(reference));
      expect(filtered).toEqual(reference);
      claims += filtered.length;
    }
    expect(claims).toBeGreaterThan(300);
  });

  it('the reference does tag every sentence, the prefilter not', () => {
    const tagged = (all: boolean) => {
      tagAll.on = all;
      try {
        return analyzeText(TEXT).sentences.filter((s) => s.tokens.some((t) => t.tags.size > 0)).length;
      } finally {
        tagAll.on = false;
      }
    };
    expect(tagged(true)).toBe(7);
    expect(tagged(false)).toBe(4);
  });

  it('on the seed-like article above', () => {
    expect(run(TEXT, false)).toEqual(run(TEXT, true));
  });
});
