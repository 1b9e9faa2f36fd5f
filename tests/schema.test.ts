/** schema/claims.schema.json: compiles strictly, accepts the golden outputs, rejects broken ones. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/format/index.js';
import { SAMPLE } from './golden/sample.js';
import { SCHEMA, assertSpans, assertValid, validateClaim, validateOutput, validateSpeakerRow, validateStanceRow } from './schema-validate.js';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');
const textOf = (doc: string) => SAMPLE.find((r) => r.doc === doc)!.text;

describe('claims.schema.json', () => {
  it('carries the schema version in its $id, matching the output', () => {
    expect(SCHEMA.$id).toBe(`urn:claims:schema:output:${SCHEMA_VERSION}`);
  });

  it('accepts the golden json outputs, whose spans all match the text', () => {
    const extract = JSON.parse(golden('extract.json'));
    assertValid(validateOutput, extract);
    for (const doc of extract.documents) for (const claim of doc.claims) assertSpans(claim, textOf);
    assertValid(validateOutput, JSON.parse(golden('speakers.json')));
    assertValid(validateOutput, JSON.parse(golden('stances.json')));
  });

  it('accepts every golden ndjson line', () => {
    for (const line of golden('extract.ndjson').trimEnd().split('\n')) assertValid(validateClaim, JSON.parse(line));
    for (const line of golden('speakers.ndjson').trimEnd().split('\n')) assertValid(validateSpeakerRow, JSON.parse(line));
    for (const line of golden('stances.ndjson').trimEnd().split('\n')) assertValid(validateStanceRow, JSON.parse(line));
  });

  it.each([
    ['a speaker row without words', 'speakers.json', (o: any) => delete o.speakers[0].words],
    ['a share above 1', 'speakers.json', (o: any) => (o.speakers[0].share = 1.5)],
    ['a stance row missing a stance count', 'stances.json', (o: any) => delete o.stances[0].stances.asks],
    ['an unknown stance count', 'stances.json', (o: any) => (o.stances[0].stances.shouts = 1)],
    ['a target of another stance', 'stances.json', (o: any) => (o.stances[0].targets[0].stance = 'asserts')],
  ])('rejects %s', (_name, file, breakIt) => {
    const output = JSON.parse(golden(file));
    breakIt(output);
    expect(validateOutput(output)).toBe(false);
  });

  it.each([
    ['a wrong schemaVersion', (o: any) => (o.schemaVersion = 2)],
    ['an unknown claim field', (o: any) => (o.documents[0].claims[0].extra = 1)],
    ['a negative offset', (o: any) => (o.documents[0].claims[0].cue.start = -1)],
    ['a content piece that is not a pair', (o: any) => (o.documents[0].claims[0].content.spans = [[1, 2, 3]])],
    ['an unknown kind', (o: any) => (o.documents[0].claims[0].kind = 'reported')],
    ['a missing speaker (null is required, not absent)', (o: any) => delete o.documents[0].claims[0].speaker],
  ])('rejects %s', (_name, breakIt) => {
    const output = JSON.parse(golden('extract.json'));
    breakIt(output);
    expect(validateOutput(output)).toBe(false);
  });

  it('notices a span that does not match the text', () => {
    const claim = JSON.parse(golden('extract.ndjson').split('\n')[0]!);
    claim.cue.start += 1;
    expect(() => assertSpans(claim, textOf)).toThrow(/cue/);
  });
});
