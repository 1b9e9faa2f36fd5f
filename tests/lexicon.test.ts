import { describe, expect, it } from 'vitest';
import { cueVerbByForm, cueVerbFormCounts, cueVerbs, lexiconProblems } from '../src/lexicon/index.js';

describe('lexicon data lint', () => {
  it('has no problems (duplicates, case, sources, forms, counts)', () => {
    expect(lexiconProblems()).toEqual([]);
  });

  it('every cue verb lists its lemma as the base form', () => {
    for (const v of cueVerbs) expect(v.forms[0]).toBe(v.lemma);
  });

  it('cue verbs are sorted by train uses', () => {
    const uses = cueVerbs.map((v) => v.train.uses);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
  });
});

describe('cue verb lookups', () => {
  it.each([
    ['said', 'say', 'asserts'],
    ['told', 'tell', 'asserts'],
    ['denies', 'deny', 'denies'],
    ['admitted', 'admit', 'concedes'],
    ['asking', 'ask', 'asks'],
    ['thinks', 'think', 'believes'],
    ['found', 'find', 'reports'],
    ['alleged', 'allege', 'claims'],
  ])('%s → %s (%s)', (form, lemma, stance) => {
    const v = cueVerbByForm.get(form);
    expect(v?.lemma).toBe(lemma);
    expect(v?.stance).toBe(stance);
  });

  it('does not know non-cue words', () => {
    expect(cueVerbByForm.get('walked')).toBeUndefined();
    expect(cueVerbFormCounts('walked')).toBeUndefined();
  });

  it('"call" is a cue only with a preposition or a complement', () => {
    const call = cueVerbByForm.get('called');
    expect(call?.bare).toBe(false);
    expect(call?.preps).toEqual(expect.arrayContaining(['for', 'on']));
  });

  it('keeps per-form precision ("said" is a surer cue than "say")', () => {
    const said = cueVerbFormCounts('said');
    const say = cueVerbFormCounts('say');
    expect(said && say && said.precision > say.precision).toBe(true);
  });
});
