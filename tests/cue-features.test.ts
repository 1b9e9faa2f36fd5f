import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/pipeline.js';
import { sentenceContext, type SentenceContext } from '../src/extract/context.js';
import { cueFeatures, subjectClass } from '../src/model/cue-features.js';

/** The context of the first sentence of `text` and the index of its token `word`. */
function at(text: string, word: string): [SentenceContext, number] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[0]!;
  const ctx = sentenceContext(analysis, sentence);
  const i = sentence.tokens.findIndex(t => t.lower === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return [ctx, i];
}

describe('cue features: the subject before the verb', () => {
  it('a pronoun, past auxiliaries and adverbs', () => {
    expect(subjectClass(...at('She has also backed the new ferry tax.', 'backed'))).toBe('pron');
  });
  it('a speaker noun from the lexicon', () => {
    expect(subjectClass(...at('The officials want a second bridge over the lagoon.', 'want'))).toBe('speaker-person');
  });
  it('"to": an infinitive, not a finite verb with a subject', () => {
    expect(subjectClass(...at('Farmers in the valley hope to support the orchard levy.', 'support'))).toBe('to');
  });
  it('a relative pronoun', () => {
    expect(subjectClass(...at('The mayor, who opposed the plan, left early.', 'opposed'))).toBe('who');
  });
  it('nothing in the clause: the verb starts the sentence or follows a comma', () => {
    expect(subjectClass(...at('Backed by the guild, the plan passed.', 'backed'))).toBe('none');
    expect(subjectClass(...at('The guild met on Tuesday, calling for a new vote.', 'calling'))).toBe('break');
  });
  it('is among the features, alone and with the lemma', () => {
    const f = cueFeatures(...at('She has also backed the new ferry tax.', 'backed'), 'back');
    expect(f).toContain('subj=pron');
    expect(f).toContain('l=back|subj=pron');
  });
});
