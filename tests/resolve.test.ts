/** Speaker resolution and speaker types, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const speakers = (text: string) => extractClaims(text).map(c => c.speaker);

describe('speaker resolution', () => {
  it('"It" resolves to the organization that is the subject of the sentence before', () => {
    const [s] = speakers('Angered by the vote, the National Farmers Union met on Monday. It said the tariffs would ruin growers.');
    expect(s).toMatchObject({ text: 'It', name: 'the National Farmers Union', type: 'organization', resolution: 'pronoun' });
    expect(s?.antecedent?.text).toBe('the National Farmers Union');
  });

  it('"she" resolves to the last person named', () => {
    const [, s] = speakers('Mayor Ellen Park said the roads were clear. She said schools would open on time.');
    expect(s).toMatchObject({ text: 'She', name: 'Mayor Ellen Park', type: 'person', resolution: 'pronoun' });
  });

  it('a surname resolves to the full name mentioned earlier', () => {
    const [, s] = speakers('Spokesman Omar Haddad said the talks had stalled. Haddad said no date was set.');
    expect(s).toMatchObject({ text: 'Haddad', name: 'Spokesman Omar Haddad', resolution: 'partial-name' });
  });

  it('a role noun resolves to the organization it names', () => {
    const [, s] = speakers('The Federal Aviation Agency said the runway was safe. The agency said inspections would continue.');
    expect(s).toMatchObject({ text: 'The agency', name: 'The Federal Aviation Agency', resolution: 'role-noun' });
  });

  it('a pronoun with nothing before it stays unresolved', () => {
    const [s] = speakers('They said the fence would stay.');
    expect(s).toMatchObject({ text: 'They', name: 'They', resolution: 'unresolved' });
  });

  it('a relative pronoun is the mention and its noun phrase the name', () => {
    const [s] = speakers('The plan came from two rival unions, which jointly claimed that wages had stalled.');
    expect(s).toMatchObject({ text: 'which', name: 'two rival unions', resolution: 'pronoun' });
  });

  it('a time phrase between subject and cue is not the speaker', () => {
    const [s] = speakers('The Harbor Authority this month announced that fees would rise.');
    expect(s?.text).toBe('The Harbor Authority');
  });

  it('a role noun after an article is the role of an unnamed speaker', () => {
    const [s] = speakers('A spokeswoman said the plant would hire 200 people.');
    expect(s).toMatchObject({ text: 'A spokeswoman', role: 'spokeswoman' });
  });

  it('a plural role noun after "the" is a group speaking, not a role', () => {
    const [s] = speakers('The rebels said the town had fallen.');
    expect(s?.role).toBeUndefined();
  });

  it('an apposition is not part of the name', () => {
    const [s] = speakers('Lena Ortiz, a lawyer for the tenants, said the lease was void.');
    expect(s).toMatchObject({ name: 'Lena Ortiz', resolution: 'self' });
  });
});

describe('speaker types', () => {
  const cases: Array<[string, string]> = [
    ['Senator Maria Lopez said the bill would pass.', 'person'],
    ['The Ministry of Health said the outbreak was over.', 'government'],
    ['The Harbor Company said profits rose.', 'organization'],
    ['The Daily Herald reported that the mayor resigned.', 'media'],
    ['Polls show the race is tied.', 'poll'],
    ['Officials said the bridge was safe.', 'anonymous'],
    ['Protesters said the police had charged the crowd.', 'group'],
    ['A witness said the car did not stop.', 'anonymous'],
    ['A report said the river had flooded twice.', 'document'],
  ];
  for (const [text, type] of cases) {
    it(`${text.split(/ (said|reported|show)/u)[0]} is ${type}`, () => expect(speakers(text)[0]?.type).toBe(type));
  }
});
