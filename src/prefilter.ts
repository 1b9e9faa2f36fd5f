/**
 * Which sentences compromise tags. Part-of-speech tagging is most of the time `claims` spends, and
 * most sentences of an article report nothing: no stage reads their tags, so they keep the untagged
 * tokens of the one parse (`tags` empty). Tagging a sentence never depends on another sentence, so
 * the claims found are the same as with every sentence tagged.
 *
 * 1. Before extraction, {@link sentencesToTag}: every sentence with, outside quotations, a form of a
 *    lexicon cue verb or cue noun (the verb and noun rules and the cue classifier read the tags around
 *    it) or the start of a lexicon cue phrase ("according to", "reportedly": content boundaries read
 *    tags), or a colon outside quotations (colon-speaker reads the words before it). A new
 *    extractor that reads tags must be triggered by one of these, or be added here; the extractors'
 *    own tests run with this prefilter, so they show it.
 * 2. After extraction, {@link sentencesForClaims}: each claim's own sentence and its speaker's (later
 *    stages read them), and what speaker resolution looks back into, which is the subjects of earlier
 *    sentences: for a pronoun speaker ("It said"), the {@link PRONOUN_CONTEXT_SENTENCES} sentences
 *    before it; for a name or a role noun ("Nauert", "the ministry"), the earlier sentences holding
 *    its last word ("Heather Nauert", "the Defense Ministry").
 */
import type { Sentence } from './document.js';
import { cueNounByForm, cueVerbByForm, matchCuePhrase, pronounByForm } from './lexicon/index.js';
import { CLAUSE_AFTER_QUOTATION } from './lexicon/quotation.js';
import type { Span } from './types.js';

/**
 * How many sentences before a pronoun speaker are tagged so that their subjects can be its antecedent.
 * With three, 4,022 of 4,029 claims (PolNeAR dev and the first 200 train articles) come out exactly as
 * with every sentence tagged, speaker resolution included; the other 7 differ only in the resolved
 * name. Two: 4,014; ten: 4,028. Extraction itself never differs.
 */
export const PRONOUN_CONTEXT_SENTENCES = 3;

/** What the plan reads: the sentences with their (untagged) tokens, and the quotation mask. */
export interface PlanInput {
  sentences: readonly Sentence[];
  /** 1 at every index of the text inside a quotation. */
  quoted: Uint8Array;
}

/** Whether an extractor may read tags in `sentence`. */
function mayHoldCue(sentence: Sentence, quoted: Uint8Array): boolean {
  const { tokens } = sentence;
  // colon-speaker reads the tags of "NAME:" at a paragraph's start
  const colon = sentence.text.indexOf(':');
  if (colon >= 0 && quoted[sentence.start + colon] !== 1) return true;
  // quote-frame reads the verb of the clause after an opening quotation ("“Denver,” he answered.")
  if (opensWithQuotedClause(sentence, quoted)) return true;
  let words: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (quoted[t.start] === 1) continue;
    if (cueVerbByForm.has(t.lower) || cueNounByForm.has(t.lower)) return true;
    words ??= tokens.map(x => x.lower);
    if (matchCuePhrase(words, i)) return true;
  }
  return false;
}

/** Whether the sentence opens with a quotation that a reporting clause may follow (as quote-speaker.ts reads it). */
function opensWithQuotedClause(sentence: Sentence, quoted: Uint8Array): boolean {
  const { tokens, text, start } = sentence;
  if (tokens.length < 2 || quoted[tokens[0]!.start] !== 1) return false;
  const after = tokens.findIndex(t => quoted[t.start] !== 1);
  return after > 0 && CLAUSE_AFTER_QUOTATION.test(text.slice(tokens[after - 1]!.end - start, tokens[after]!.start - start));
}

/** Indices of the sentences the extractors need tagged. */
export function sentencesToTag(input: PlanInput): number[] {
  return input.sentences.filter(s => mayHoldCue(s, input.quoted)).map(s => s.index);
}

/** A claim as far as the plan cares: the sentence of its cue and its speaker's mention. */
export interface ClaimSite {
  sentence: number;
  speaker: Span | null;
}

/** Index of the sentence holding offset `at` (sentences are in text order). */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The last word of a mention's name, lower case: "heather nauert, a spokeswoman" → "nauert". */
function headWord(mention: string): string | undefined {
  const name = mention.split(/[,(]/u)[0]!;
  const words = name.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu);
  return words?.[words.length - 1]?.replace(/[.']+$/u, '');
}

/** Indices of the sentences the stages after extraction read for these claims. */
export function sentencesForClaims(input: PlanInput, claims: readonly ClaimSite[]): number[] {
  const { sentences } = input;
  if (sentences.length === 0) return [];
  const wanted = new Set<number>();
  let sentencesByWord: Map<string, number[]> | undefined;
  /** Per name word, how many of its sentences are already wanted (claims come in any order). */
  const taken = new Map<string, number>();
  const bySpeaker = claims.filter(c => c.speaker).sort((a, b) => a.speaker!.start - b.speaker!.start);
  for (const claim of claims) wanted.add(claim.sentence);
  for (const claim of bySpeaker) {
    const at = sentenceAt(sentences, claim.speaker!.start);
    wanted.add(at);
    const head = headWord(claim.speaker!.text);
    if (head === undefined) continue;
    if (pronounByForm.has(head)) {
      for (let k = Math.max(0, at - PRONOUN_CONTEXT_SENTENCES); k < at; k++) wanted.add(k);
      continue;
    }
    sentencesByWord ??= indexWords(sentences);
    const holding = sentencesByWord.get(head) ?? [];
    let k = taken.get(head) ?? 0;
    for (; k < holding.length && holding[k]! < at; k++) wanted.add(holding[k]!);
    taken.set(head, k);
  }
  return [...wanted];
}

/** For each lower-case word, the sentences holding it. */
function indexWords(sentences: readonly Sentence[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      const list = index.get(t.lower);
      if (!list) index.set(t.lower, [s.index]);
      else if (list[list.length - 1] !== s.index) list.push(s.index);
    }
  }
  return index;
}
