/** Passive cues, whose subject is reported on rather than reporting, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const claims = (text: string, cueModel = false) => extractClaims(text, { cueModel }).map(c => ({ speaker: c.speaker?.text ?? null, cue: c.cue.text }));

describe('passive cues', () => {
  it('the subject of a passive cue is not its speaker', () => {
    expect(claims('The treasurer was accused of hiding the losses from the board.')).not.toContainEqual(expect.objectContaining({ speaker: 'The treasurer' }));
  });

  it('the subject of "be" with a participle of attitude is its speaker', () => {
    expect(claims('The board is focused on cutting the deficit.', true)).toContainEqual({ speaker: 'The board', cue: 'focused on' });
  });

  it('a passive verb before a participle cue still gives the cue its subject', () => {
    expect(claims('A petition was sent to the council on Monday, urging members to reject the plan.')).toContainEqual({ speaker: 'A petition', cue: 'urging' });
  });
});
