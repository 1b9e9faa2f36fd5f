/**
 * Where a cue's clause stands in its sentence: set off by commas or quotation marks around its
 * content ("…, Mr. Barrett said, …"), inside a sentence-initial adverbial clause ("After the mayor
 * claimed that A, B …"), or next to a quotation.
 */
import { LEADING_SUBORDINATORS } from '../lexicon/grammar.js';
import type { SentenceContext } from './context.js';
import { isQuotedToken, quoteAt } from './context.js';
import { skipCueComplements } from './cue-complements.js';
import type { CueMatch } from './cues.js';
import { breakBefore, speakerAfter, speakerBefore } from './noun-phrase.js';
import { gapBefore } from './tokens.js';

/**
 * Whether the cue heads a reporting clause set off from its content by commas or quotation marks:
 * "…, sources said." "…, Mr. Barrett said, …" "“…,” said Jones." Such a clause reports everything
 * around it, so cues inside that content are nested.
 */
export function isParentheticalClause(ctx: SentenceContext, c: CueMatch): boolean {
  const { tokens } = ctx;
  const before = speakerBefore(ctx, c.index);
  // past "in an interview", "on Monday": what follows must end the clause
  const j = skipCueComplements(ctx, c, c.last + 1);
  const closes = j >= tokens.length || /[,\u2014]/u.test(gapBefore(ctx, j));
  if (before) {
    if (before.first === 0) return false;
    const gap = gapBefore(ctx, before.first);
    // "…, the mother replied, “…”" introduces the quotation after it; "“A,” he said, “B”" splits one
    const introducesQuote = j < tokens.length && quoteOpensAt(ctx, j) && !/["\u201d]/u.test(gap);
    return /[,"\u201d]/u.test(gap) && closes && !introducesQuote;
  }
  const after = speakerAfter(ctx, c.last);
  return after !== undefined && c.index > 0 && /[,"\u201d]/u.test(gapBefore(ctx, c.index));
}


/** How many words may stand before the subordinator of a leading clause ("*Only days* after …"). */
const LEADING_CLAUSE_LEAD = 3;

/**
 * The index of the subordinator opening the sentence-initial adverbial clause that holds the cue,
 * after at most a few words without a verb ("Years after the mayor claimed …,"), when a comma closes
 * the clause after the cue ("After the mayor claimed that A, B …") and it is no "As X said (to Y)," aside.
 * Its content ends with the clause (PolNeAR annotates such cues: reporting them raised train
 * end-to-end F1 by 0.3).
 */
export function leadingSubordinator(ctx: SentenceContext, c: CueMatch): number | undefined {
  const { tokens } = ctx;
  let sub = 0;
  while (sub < tokens.length && sub <= LEADING_CLAUSE_LEAD && !LEADING_SUBORDINATORS.has(tokens[sub]!.lower)) {
    if (tokens[sub]!.tags.has('Verb') || sub + 1 >= tokens.length || breakBefore(ctx, sub + 1)) return undefined;
    sub++;
  }
  if (sub >= tokens.length || sub > LEADING_CLAUSE_LEAD || sub >= c.index || isQuotedToken(ctx, tokens[sub]!)) return undefined;
  const comma = tokens.findIndex((t, k) => k > sub && gapBefore(ctx, k).includes(','));
  if (comma < 0 || comma <= c.last) return undefined;
  // "As X said, …", "As X told reporters on Friday, …": only the cue's addressee, time or medium before the comma
  const aside = tokens[sub]!.lower === 'as' && comma <= skipCueComplements(ctx, c, c.last + 1);
  return aside ? undefined : sub;
}

/** Where the sentence-initial adverbial clause holding the cue ends: at the first comma after the cue. */
export function leadingClauseEnd(ctx: SentenceContext, c: CueMatch): number | undefined {
  const { tokens } = ctx;
  const comma = tokens.findIndex((t, k) => k > c.last && gapBefore(ctx, k).includes(','));
  return comma > 0 ? tokens[comma - 1]!.end : undefined;
}

/** Whether a quotation opens right at token `j` ("…, which notes, “…”"). */
export function quoteOpensAt(ctx: SentenceContext, j: number): boolean {
  const t = ctx.tokens[j];
  const quote = t && quoteAt(ctx.quotes, t.start);
  return quote !== undefined && quote.pieces[0]!.start >= ctx.tokens[j - 1]!.end;
}

/** Whether a closing quotation mark ends the text before `at` (over spaces and commas). */
export function closingQuoteBefore(ctx: SentenceContext, at: number): boolean {
  const { text, sentence } = ctx;
  let k = at - 1;
  while (k >= sentence.start && /[\s,]/u.test(text[k]!)) k--;
  if (k < sentence.start || !/["\u201d\u2019'\u00bb]/u.test(text[k]!) || ctx.quoted[k] !== 1) return false;
  // the quotation must open the sentence: "In an interview on “Face the Nation,” Ryan said …" quotes a title
  const quote = quoteAt(ctx.quotes, k);
  const opening = quote?.pieces.find(p => k >= p.start && k < p.end)?.start ?? k;
  return text.slice(sentence.start, opening).trim() === '' || opening < sentence.start;
}
