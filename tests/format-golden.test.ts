/**
 * Golden files: every format, for claims, speakers and speakers by stance, on the hand-built SAMPLE result.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run tests/format-golden.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formats, renderClaims, speakerFormats, speakerRows, stanceFormats, stanceRows, type FormatName } from '../src/format/index.js';
import { GOLDEN_OPTIONS, SAMPLE } from './golden/sample.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXTENSION: Record<FormatName, string> = { table: 'txt', json: 'json', ndjson: 'ndjson', csv: 'csv', markdown: 'md' };

function golden(name: string, actual: string): void {
  const path = new URL(`./golden/${name}`, import.meta.url);
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`missing golden file tests/golden/${name}; run with UPDATE_GOLDEN=1 to create it`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden output', () => {
  for (const name of FORMAT_NAMES) {
    it(`extract --format ${name}`, () => {
      golden(`extract.${EXTENSION[name]}`, renderClaims(formats[name], SAMPLE, GOLDEN_OPTIONS));
    });
    it(`speakers --format ${name}`, () => {
      golden(`speakers.${EXTENSION[name]}`, speakerFormats[name].render(speakerRows(SAMPLE), GOLDEN_OPTIONS));
    });
    it(`speakers --by-stance --format ${name}`, () => {
      golden(`stances.${EXTENSION[name]}`, stanceFormats[name].render(stanceRows(SAMPLE), GOLDEN_OPTIONS));
    });
  }
  it('extract --format table --color', () => {
    golden('extract.color.txt', renderClaims(formats.table, SAMPLE, { ...GOLDEN_OPTIONS, color: true }));
  });
});
