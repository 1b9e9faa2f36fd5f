/**
 * A document and its attributions turned into token sets, once, before matching and judging.
 */
import { kindOfTokens, quotedMask } from './quote-mask.js';
import { coveredTokens, tokenize, type TokenSpan } from './tokens.js';
import type { GoldAttribution, KindSlice, PredictedAttribution, SpanList } from './types.js';

/** A gold document's text with its tokens and quoted-character mask. */
export interface PreparedText {
  text: string;
  tokens: TokenSpan[];
  /** Each token, lower-cased (for the lenient source head). */
  words: string[];
  /** 1 for characters inside quotation marks. */
  mask: Uint8Array;
}

/** One attribution (gold or predicted) as token sets. */
export interface PreparedAttribution<A> {
  /** The attribution as given. */
  attribution: A;
  /** Its position in the document's `attributions` list. */
  index: number;
  content: Set<number>;
  source: Set<number>;
  cue: Set<number>;
  antecedent: Set<number>;
  /** Gold only: borderline, neither right nor wrong when paired. */
  optional: boolean;
  /** Gold: its annotated kind; predicted: the kind its content has by the quote mask. */
  kind: KindSlice;
}

/** Tokenizes `text` and computes its quote mask. */
export function prepareText(text: string): PreparedText {
  const tokens = tokenize(text);
  return { text, tokens, words: tokens.map(([s, e]) => text.slice(s, e).toLowerCase()), mask: quotedMask(text) };
}

/** Number of pieces in the content, source and cue lists that are not `[s, e]` within the text. */
export function countBadSpans(text: string, a: { content?: SpanList; source?: SpanList; cue?: SpanList }): number {
  let bad = 0;
  for (const role of [a.content, a.source, a.cue]) {
    for (const sp of role ?? []) {
      const ok = Array.isArray(sp) && sp.length === 2 && sp[0] >= 0 && sp[1] <= text.length && sp[1] >= sp[0];
      if (!ok) bad++;
    }
  }
  return bad;
}

type AnyAttribution = GoldAttribution | PredictedAttribution;

/** Token sets of one attribution; a gold kind is taken as annotated, a predicted kind from the mask. */
export function prepareAttribution<A extends AnyAttribution>(
  doc: PreparedText,
  a: A,
  index: number,
  isGold: boolean,
): PreparedAttribution<A> {
  const content = coveredTokens(doc.tokens, a.content);
  const gold = isGold ? (a as GoldAttribution) : undefined;
  return {
    attribution: a,
    index,
    content,
    source: coveredTokens(doc.tokens, a.source),
    cue: coveredTokens(doc.tokens, a.cue),
    antecedent: coveredTokens(doc.tokens, gold?.antecedent),
    optional: gold?.optional === true,
    kind: gold?.kind ?? kindOfTokens(doc.tokens, content, doc.mask),
  };
}
