/**
 * What the writer does with a claim: hedges a statement no named source makes ("some claims on
 * social media said"), or contradicts it ("not, as some claimed, burned"; "falsely claimed").
 * Word lists are written for these rules from newsroom usage (AP Stylebook on "allegedly",
 * "reportedly"; fact-checking vocabulary for the dispute markers).
 */
import type { AnalyzedText, DraftClaim } from '../document.js';

/** Speakers so vague that citing them is the writer's hedge: "some claims", "reports", "rumors". */
const VAGUE_SPEAKER = /^(some|many|several|unconfirmed|unverified|online|social[- ]media)\b.*\b(claims?|reports?|posts?|rumou?rs?|accounts?|users?|people|say)\b|^(rumou?rs?|reports?|claims?|posts?)\b/iu;

/** Adverbs before a cue by which the writer marks the content false: "falsely claimed". */
const DISPUTING_ADVERBS = /\b(falsely|wrongly|erroneously|incorrectly|baselessly|mistakenly|inaccurately)\s+$/iu;

/** Phrases after a claim by which the writer disputes it: "…, without evidence", "a claim that is false". */
const DISPUTING_AFTER = /^[\s,;-]*(without (any )?(evidence|proof)|offering no (evidence|proof)|a (claim|charge|statement|assertion) (that )?(is|was|has been) (false|untrue|baseless|unfounded|debunked))/iu;

/** The same phrases ending the content itself: "said the fire was arson, without evidence". */
const DISPUTING_TAIL = /,\s*(without (any )?(evidence|proof)|offering no (evidence|proof))\W*$/iu;

/** "not, as X said, Y": the writer denies Y right before attributing it. */
const NEGATED_ASIDE = /\b(not|never|n't)\s*,?\s*$/iu;

/** The hedge a vague speaker amounts to ("some claims on social media said"), if it is one. */
export function vagueSourceHedge(text: string, claim: DraftClaim): string | undefined {
  if (!claim.speaker || !VAGUE_SPEAKER.test(claim.speaker.text)) return undefined;
  const from = Math.min(claim.speaker.start, claim.cue.start);
  const to = Math.max(claim.speaker.end, claim.cue.end);
  return text.slice(from, to);
}

/** Whether the text around the claim contradicts it. */
export function isDisputedByWriter(analysis: AnalyzedText, claim: DraftClaim): boolean {
  const { text } = analysis;
  const lineStart = text.lastIndexOf('\n', claim.cue.start) + 1;
  const beforeCue = text.slice(Math.max(lineStart, claim.cue.start - 40), claim.cue.start);
  if (DISPUTING_ADVERBS.test(beforeCue)) return true;
  if (DISPUTING_AFTER.test(text.slice(claim.content.end, claim.content.end + 80))) return true;
  if (DISPUTING_TAIL.test(claim.content.text)) return true;
  if (claim.rule === 'verb-aside' && claim.speaker) {
    const beforeAside = text.slice(Math.max(lineStart, claim.speaker.start - 20), claim.speaker.start).replace(/\bas\s*$/iu, '');
    return NEGATED_ASIDE.test(beforeAside);
  }
  return false;
}
