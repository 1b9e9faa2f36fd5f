/**
 * A quotation that ends on "?" or "!" keeps its reporting clause in its sentence however long the
 * clause runs, so that the clause reports the quotation and not the circumstance after its verb.
 * One behaviour per case, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { analyzeText } from '../src/pipeline.js';
import { expectClaim } from './claim-case.js';

const sentencesOf = (text: string): string[] => analyzeText(text).sentences.map(s => s.text);

describe('a long reporting clause after a question or an exclamation', () => {
  it('stays in the quotation\'s sentence after "?"', () => {
    const text = '“Who do they think they are?” Lee said of the firm in May.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('reports the question, not the circumstance after the verb', () => {
    const text = '“Who do they think they are?” Lee said of the firm in May.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Lee', cue: 'said', content: ['“Who do they think they are?”'] });
  });

  it('reports the exclamation with a subordinate clause after the verb', () => {
    const text = '“We did it at last!” Senator Ana Ruiz said as she opened the long session.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Senator Ana Ruiz', cue: 'said', content: ['“We did it at last!”'] });
  });
});

describe('a new sentence after a question still splits', () => {
  it('when no reporting verb comes early in it', () => {
    expect(sentencesOf('“Is that all?” The crowd laughed and the mayor left the room quickly.'))
      .toEqual(['“Is that all?”', 'The crowd laughed and the mayor left the room quickly.']);
  });

  it('after a period, when the clause is long', () => {
    expect(sentencesOf('“That is all.” She said it again at the meeting in the town hall.'))
      .toEqual(['“That is all.”', 'She said it again at the meeting in the town hall.']);
  });
});

describe('a quotation closed by a period ends its sentence', () => {
  it('before a short clause with a reporting verb that reports the next quotation', () => {
    const text = 'Lee said, “The case was odd from the start.” He added, “Nothing here was normal.”';
    expect(sentencesOf(text)).toEqual(['Lee said, “The case was odd from the start.”', 'He added, “Nothing here was normal.”']);
  });

  it('so that the next clause gets its own claim', () => {
    const text = 'Lee said, “The case was odd from the start.” He added, “Nothing here was normal.”';
    expectClaim(extractClaims(text).find(c => c.cue.text === 'added'), { name: '', text, speaker: 'He', cue: 'added', content: ['“Nothing here was normal.”'] });
  });
});
