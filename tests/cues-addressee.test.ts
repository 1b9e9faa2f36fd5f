/**
 * Verbs of speaking whose preposition comes after an addressee ("spoke to reporters about"):
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a verb of speaking with an addressee before its preposition', () => {
  it('takes what follows "about" after "to" and the addressee', () => {
    const text = 'The mayor spoke to reporters about the new bridge.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The mayor', cue: 'spoke to reporters about', content: ['the new bridge'] });
  });
  it('takes what follows "about" after "with" and the addressee', () => {
    const text = 'Ramirez talked with local farmers about the drought.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ramirez', cue: 'talked with local farmers about', content: ['the drought'] });
  });
  it('reports nothing without the preposition', () => {
    expect(extractClaims('The mayor spoke to reporters on Monday.')).toEqual([]);
  });
});
