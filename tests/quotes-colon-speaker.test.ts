/**
 * Rule `colon-speaker`: which "NAME:" paragraphs give the name's words. One behaviour per case, on
 * texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('a roll of names after a label and a colon', () => {
  it('reports nothing', () => {
    expect(extractClaims('Ohio: Ana Ruiz, Lee Park, Ida Holm, Bo Lund and Tom Vik.')).toEqual([]);
  });

  it('while a title-case headline with commas still does', () => {
    expect(extractClaims('Jane Roe: The Law Must Change, And Soon, Or Else, Friends.')[0]?.speaker?.text).toBe('Jane Roe');
  });
});
