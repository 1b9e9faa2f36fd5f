/**
 * A cue right after a verb it completes (its object noun, gerund complement or particle) takes that
 * verb's subject as speaker, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimWithCue } from './claim-case.js';

describe('a cue completing the verb before it', () => {
  it('takes the subject of a verb whose gerund complement it is', () => {
    const text = 'The senator began criticizing the new budget on Monday.';
    expect(claimWithCue(text, 'criticizing')?.speaker?.text).toBe('The senator');
  });
  it('takes the subject of a verb whose particle it is', () => {
    const text = 'The governor shot back, “We have nothing to hide.”';
    expect(extractClaims(text)[0]?.speaker?.text).toBe('The governor');
  });
  it('takes the subject over an auxiliary before the verb', () => {
    const text = 'The mayor has raised questions about the harbor contract.';
    expect(claimWithCue(text, 'questions')?.speaker?.text).toBe('The mayor');
  });
  it('runs the cue from the verb it completes', () => {
    const text = 'The mayor has raised questions about the harbor contract.';
    expect(claimWithCue(text, 'questions')?.cue.text).toBe('raised questions about');
  });
  it('leaves a past form after another verb alone', () => {
    const text = 'The banker helped found the museum in 1990.';
    expect(claimWithCue(text, 'found')).toBeUndefined();
  });
});
