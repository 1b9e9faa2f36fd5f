import { describe, expect, it } from 'vitest';
import { checkCueVerbs } from '../src/lexicon/check.js';
import { checkNonClaims } from '../src/lexicon/check-more.js';
import {
  cueNounByForm, cuePhrases, cueVerbByForm, cueVerbFormCounts, cueVerbs, cueModifierByWord, isOrganizationWord, isSpeakerRoleNoun,
  isSpeakerTitle, isSubjectPronoun, normalizeWord, isUnnamedDeterminer, lexiconProblems, matchCuePhrase, matchNonClaim, nonClaims, pronounByForm,
  speakerNounByForm,
} from '../src/lexicon/index.js';
import type { CueVerb, NonClaim } from '../src/lexicon/index.js';

/** Lower-case word tokens of an invented sentence, as the extractor would pass them. */
const words = (s: string): string[] => s.toLowerCase().match(/[a-z]+(?:['’-][a-z]+)*/g) ?? [];

describe('lexicon data lint', () => {
  it('has no problems (duplicates, lower case, sources, forms, counts)', () => {
    expect(lexiconProblems()).toEqual([]);
  });

  it('every cue verb lists its lemma as the base form', () => {
    for (const v of cueVerbs) expect(v.forms[0]).toBe(v.lemma);
  });

  it('cue verbs are sorted by train uses', () => {
    const uses = cueVerbs.map((v) => v.train.uses);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
  });

  it('the checker catches bad entries', () => {
    const good = cueVerbByForm.get('said') as CueVerb;
    const bad: CueVerb = { ...good, lemma: 'Say', forms: ['say', 'sayz', 'said', 'said', 'sayng'], source: ' ' };
    const problems = checkCueVerbs([good, bad]);
    expect(problems.some((p) => p.includes('not a lower-case word'))).toBe(true);
    expect(problems.some((p) => p.includes('no source'))).toBe(true);
    expect(problems.some((p) => p.includes('does not fit'))).toBe(true);
    expect(problems.some((p) => p.includes('in entries 0 and 1'))).toBe(true);
  });

  it('non-claim examples contain their pattern', () => {
    const bad: NonClaim = { ...(nonClaims[0] as NonClaim), example: 'She said nothing at all.' };
    expect(checkNonClaims([bad])).toEqual([`non-claim "${bad.pattern}": example does not contain the pattern`]);
  });
});

describe('cue verbs', () => {
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

  it('"call" is a cue only with a preposition or a complement ("She called him on Monday" is not)', () => {
    const call = cueVerbByForm.get('called');
    expect(call?.bare).toBe(false);
    expect(call?.preps).toEqual(expect.arrayContaining(['for', 'on']));
  });

  it('keeps per-form precision ("said" is a surer cue than "say")', () => {
    const said = cueVerbFormCounts('said');
    const say = cueVerbFormCounts('say');
    expect(said && say && said.precision > say.precision).toBe(true);
  });

  it('intention verbs take a to-infinitive', () => {
    for (const f of ['wants', 'plans', 'pledged']) expect(cueVerbByForm.get(f)?.frame).toContain('to-infinitive');
  });
});

describe('cue nouns, phrases and modifiers', () => {
  it('finds channel and content nouns', () => {
    expect(cueNounByForm.get('statement')?.attach).toContain('channel');
    expect(cueNounByForm.get('claims')?.attach).toContain('that-clause');
    expect(cueNounByForm.get('criticism')?.preps).toContain('of');
  });

  it('matches "according to" after a clause', () => {
    const w = words('The bridge will close in May, according to the city engineer.');
    const m = matchCuePhrase(w, w.indexOf('according'));
    expect(m?.entry.pattern).toBe('according to');
    expect(m?.entry.speaker).toBe('after');
  });

  it('matches a slot: "as the mayor put it"', () => {
    const w = words('As the mayor put it, the budget is a promise.');
    const m = matchCuePhrase(w, 0);
    expect(m?.entry.pattern).toBe('as * put it');
    expect(m?.slot).toEqual([1, 3]);
  });

  it('matches sourceless hearsay', () => {
    const w = words('The singer reportedly left the label.');
    expect(matchCuePhrase(w, w.indexOf('reportedly'))?.entry.speaker).toBe('none');
    expect(cuePhrases.find((p) => p.pattern === 'is said to')?.kind).toBe('passive');
  });

  it('normalizes typographic apostrophes for lookups ("Didn’t say")', () => {
    expect(cueModifierByWord.get(normalizeWord('Didn’t'))?.kind).toBe('negation');
  });

  it('knows the auxiliaries and adverbs annotators fold into cues ("has also said")', () => {
    expect(cueModifierByWord.get('has')?.kind).toBe('auxiliary');
    expect(cueModifierByWord.get('also')?.kind).toBe('adverb');
    expect(cueModifierByWord.get('not')?.kind).toBe('negation');
  });
});

describe('speakers and pronouns', () => {
  it.each(['spokeswoman', 'spokesman', 'senator', 'officials', 'aide', 'analyst', 'witness', 'source', 'rebels'])(
    '%s is a role noun', (w) => expect(isSpeakerRoleNoun(w)).toBe(true),
  );

  it('tells organizations, groups and documents apart', () => {
    expect(speakerNounByForm.get('ministry')?.kind).toBe('organization');
    expect(speakerNounByForm.get('crowd')?.kind).toBe('group');
    expect(speakerNounByForm.get('poll')?.kind).toBe('document');
    expect(isSpeakerRoleNoun('ministry')).toBe(false);
  });

  it('knows titles with or without a period, and organization name words', () => {
    expect(isSpeakerTitle('sen.')).toBe(true);
    expect(isSpeakerTitle('president')).toBe(true);
    expect(isSpeakerTitle('table')).toBe(false);
    expect(isOrganizationWord('times')).toBe(true);
    expect(isOrganizationWord('department')).toBe(true);
  });

  it('marks unnamed speakers', () => {
    expect(isUnnamedDeterminer('a')).toBe(true);
    expect(isUnnamedDeterminer('the')).toBe(false);
  });

  it.each([
    ['he', 'singular', 'masculine', 'animate'],
    ['she', 'singular', 'feminine', 'animate'],
    ['it', 'singular', 'neuter', 'inanimate'],
    ['they', 'any', 'any', 'any'],
  ])('%s: %s %s %s', (form, number, gender, animacy) => {
    const p = pronounByForm.get(form);
    expect([p?.number, p?.gender, p?.animacy]).toEqual([number, gender, animacy]);
    expect(isSubjectPronoun(form)).toBe(true);
  });

  it('possessives and reflexives are not subject speakers', () => {
    expect(pronounByForm.get('his')?.speakerUse).toBe('possessor');
    expect(isSubjectPronoun('himself')).toBe(false);
  });
});

describe('non-claims', () => {
  it.each([
    ['A spokesman for the port declined to comment.', 'declined to comment', 'declined'],
    ['The shop did not respond to a request for comment.', 'did not respond', 'no-response'],
    ['The owner could not be reached on Sunday.', 'could not be reached', 'unreachable'],
  ])('%s', (sentence, pattern, kind) => {
    const w = words(sentence);
    const hit = w.map((_, i) => matchNonClaim(w, i)).find((m) => m !== undefined);
    expect(hit?.entry.pattern).toBe(pattern);
    expect(hit?.entry.kind).toBe(kind);
  });
});
