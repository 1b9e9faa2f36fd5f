/**
 * Reading gold JSON Lines (format in `../shared/eval/README.md`), checked line by line: a malformed
 * line throws an Error whose message is one line, `file:line: problem`.
 */
import type { ClaimKind } from '../types.js';
import type { GoldAttribution, GoldDoc, SpanList, UnannotatedRole } from './types.js';

const KINDS: readonly ClaimKind[] = ['direct', 'mixed', 'indirect'];
const ROLES: readonly UnannotatedRole[] = ['source', 'cue'];

/** A problem in one line; the caller adds `file:line: `. */
class LineProblem extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a list of `[start, end]` pairs, integers with 0 <= start <= end <= text length. */
function spanList(v: unknown, what: string, textLength: number): SpanList {
  if (!Array.isArray(v)) throw new LineProblem(`${what} must be a list of [start, end] pairs`);
  return v.map((sp: unknown, k): [number, number] => {
    if (!Array.isArray(sp) || sp.length !== 2 || !sp.every(Number.isInteger)) {
      throw new LineProblem(`${what}[${k}] must be a pair of integers, got ${JSON.stringify(sp)}`);
    }
    const [s, e] = sp as [number, number];
    if (s < 0 || e < s || e > textLength) {
      throw new LineProblem(`${what}[${k}] [${s}, ${e}] is not within the text (length ${textLength})`);
    }
    return [s, e];
  });
}

/** Checks one attribution and copies its known fields. */
function attribution(v: unknown, k: number, textLength: number): GoldAttribution {
  const at = `attributions[${k}]`;
  if (!isObject(v)) throw new LineProblem(`${at} must be an object`);
  const content = spanList(v.content, `${at}.content`, textLength);
  if (content.length === 0) throw new LineProblem(`${at}.content is empty`);
  if (!KINDS.includes(v.kind as ClaimKind)) {
    throw new LineProblem(`${at}.kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(v.kind)}`);
  }
  const a: GoldAttribution = {
    source: spanList(v.source, `${at}.source`, textLength),
    cue: spanList(v.cue, `${at}.cue`, textLength),
    content,
    kind: v.kind as ClaimKind,
  };
  if (v.optional !== undefined) {
    if (typeof v.optional !== 'boolean') throw new LineProblem(`${at}.optional must be true or false`);
    a.optional = v.optional;
  }
  if (v.antecedent !== undefined) a.antecedent = spanList(v.antecedent, `${at}.antecedent`, textLength);
  if (typeof v.stance === 'string') a.stance = v.stance;
  if (typeof v.note === 'string') a.note = v.note;
  return a;
}

/** Checks one parsed line. */
function goldDoc(v: unknown): GoldDoc {
  if (!isObject(v)) throw new LineProblem('expected a JSON object {id, text, attributions}');
  if (typeof v.id !== 'string' || v.id === '') throw new LineProblem('"id" must be a non-empty string');
  if (typeof v.text !== 'string') throw new LineProblem('"text" must be a string');
  if (!Array.isArray(v.attributions)) throw new LineProblem('"attributions" must be a list');
  const text = v.text;
  const doc: GoldDoc = { id: v.id, text, attributions: v.attributions.map((a, k) => attribution(a, k, text.length)) };
  if (v.unannotated !== undefined) {
    if (!Array.isArray(v.unannotated) || !v.unannotated.every((r) => ROLES.includes(r as UnannotatedRole))) {
      throw new LineProblem(`"unannotated" must be a list of ${ROLES.map((r) => `"${r}"`).join(', ')}`);
    }
    doc.unannotated = v.unannotated as UnannotatedRole[];
  }
  return doc;
}

/** Parses gold JSON Lines; blank lines are skipped; `file` only names the input in error messages. */
export function readGold(text: string, file: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const firstLine = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      throw new Error(`${where}: invalid JSON: ${(err as Error).message.split('\n')[0]}`);
    }
    try {
      const doc = goldDoc(parsed);
      const seen = firstLine.get(doc.id);
      if (seen !== undefined) throw new LineProblem(`duplicate id ${JSON.stringify(doc.id)} (first on line ${seen})`);
      firstLine.set(doc.id, i + 1);
      docs.push(doc);
    } catch (err) {
      if (err instanceof LineProblem) throw new Error(`${where}: ${err.message}`);
      throw err;
    }
  });
  return docs;
}
