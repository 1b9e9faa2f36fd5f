/** Validators for schema/claims.schema.json (ajv, strict mode), and the span invariant check. */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

export const SCHEMA = JSON.parse(readFileSync(new URL('../schema/claims.schema.json', import.meta.url), 'utf8')) as { $id: string };

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(SCHEMA);

function validator(ref: string): ValidateFunction {
  const validate = ajv.getSchema(`${SCHEMA.$id}${ref}`);
  if (validate === undefined) throw new Error(`no schema ${ref}`);
  return validate;
}

/** Any JSON output (`claims extract|speakers --format json`). */
export const validateOutput = validator('');
/** One line of `claims extract --format ndjson`. */
export const validateClaim = validator('#/$defs/claim');
/** One line of `claims speakers --format ndjson`. */
export const validateSpeakerRow = validator('#/$defs/speakerRow');
/** One line of `claims speakers --by-stance --format ndjson`. */
export const validateStanceRow = validator('#/$defs/stanceRow');

/** Throws with ajv's messages unless `value` is valid. */
export function assertValid(validate: ValidateFunction, value: unknown): void {
  if (!validate(value)) throw new Error(`schema: ${ajv.errorsText(validate.errors)}`);
}

interface SpanLike { text: string; start: number; end: number }
interface ClaimLike {
  doc: string;
  speaker: (SpanLike & { antecedent?: SpanLike }) | null;
  cue: SpanLike;
  content: SpanLike & { spans: Array<[number, number]> };
}

/**
 * Checks that every span of `claim` is the slice of its document's text it says it is, and that the
 * content pieces are in order inside the content. `textOf` gives a document's text by name.
 */
export function assertSpans(claim: ClaimLike, textOf: (doc: string) => string): void {
  const text = textOf(claim.doc);
  const spans: Array<[string, SpanLike]> = [['cue', claim.cue], ['content', claim.content]];
  if (claim.speaker) spans.push(['speaker', claim.speaker]);
  if (claim.speaker?.antecedent) spans.push(['antecedent', claim.speaker.antecedent]);
  for (const [field, span] of spans) {
    if (text.slice(span.start, span.end) !== span.text) {
      throw new Error(`${claim.doc}: ${field} [${span.start}, ${span.end}] is ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`);
    }
  }
  let previous = claim.content.start;
  for (const [start, end] of claim.content.spans) {
    if (start < previous || end < start || end > claim.content.end) {
      throw new Error(`${claim.doc}: content piece [${start}, ${end}] out of order or outside [${claim.content.start}, ${claim.content.end}]`);
    }
    previous = end;
  }
}
