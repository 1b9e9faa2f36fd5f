/**
 * The speaker of a to-infinitive cue after an object-control verb is the verb's object, on
 * sentences written for these tests: in "the delay led many to wonder", it is "many" who wonder.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('the object of a control verb speaks for the infinitive after it', () => {
  it('takes a noun phrase object', () => {
    expect(claimWithCue('The ruling left many voters to wonder whether the law would stand.', 'wonder')?.speaker?.text).toBe('many voters');
  });
  it('takes a determiner standing alone ("many", "some")', () => {
    expect(claimWithCue('The delay has caused many to wonder whether the bridge will open.', 'wonder')?.speaker?.text).toBe('many');
  });
  it('takes an object pronoun', () => {
    expect(claimWithCue('The loss led her to declare that the race was over.', 'declare')?.speaker?.text).toBe('her');
  });
  it('takes the object of "drive"', () => {
    expect(claimWithCue('The scandal drove the mayor to deny that he had lied.', 'deny')?.speaker?.text).toBe('the mayor');
  });
  it('takes the noun phrase after "for"', () => {
    expect(claimWithCue('The debate gave an opening for the governor to claim that taxes would fall.', 'claim')?.speaker?.text).toBe('the governor');
  });
  it('keeps the subject after a time phrase with "for"', () => {
    expect(claimWithCue('She waited for hours to say that she was sorry.', 'say')?.speaker?.text).toBe('She');
  });
  it('keeps the subject of a verb that is no control verb', () => {
    expect(claimWithCue('The mayor held a rally to announce that the plant would stay.', 'announce')?.speaker?.text).toBe('The mayor');
  });
});
