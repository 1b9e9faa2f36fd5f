/**
 * Whom a denial or a contested claim is aimed at, for `claims speakers --by-stance`. A simple,
 * documented heuristic over one document's claims (docs/cli.md, "Who denies whom"):
 *
 * 1. Named targets: every other speaker of the document whose name (without a leading "the"), one of
 *    its partial-name mentions ("Nauert"), or, for a person, its surname appears as whole words in the
 *    content: "Ortiz denied the Harbour Board's figures" aims at "The Harbour Board".
 * 2. Otherwise, if the content names a statement ("Moscow's assertions", "the claims", "those
 *    reports"), the speaker of the nearest earlier claim by another speaker that has stance `claims`, or
 *    failing that of the nearest earlier claim by another speaker: "The US State Department rejected
 *    Moscow's assertions" aims at "the Russian Defense Ministry", which "maintained" them before.
 *
 * Pronouns in the content are not resolved, unresolved speakers are never targets, and a non-claim
 * ("declined to comment") has no target.
 */
import { cueNouns } from '../lexicon/cue-nouns.js';
import type { Claim, Speaker } from '../types.js';
import type { TargetStance } from './types.js';

/** The stances whose targets are looked for. */
export const TARGET_STANCES: readonly TargetStance[] = ['denies', 'claims'];

/**
 * Nouns that name something said: the lexicon's cue nouns of stance `claims` (claim, assertion,
 * allegation, accusation, argument, suggestion; src/lexicon/cue-nouns.ts) and these statement nouns.
 */
const STATEMENT_NOUNS = ['statement', 'report', 'remark', 'comment', 'account', 'story', 'version'];
const STATEMENT_FORMS = new Set([
  ...cueNouns.filter((noun) => noun.stance === 'claims').flatMap((noun) => noun.forms),
  ...STATEMENT_NOUNS.flatMap((noun) => [noun, `${noun}s`]),
]);

/** Shortest name or name part that is looked for in content. */
const MIN_NAME_LENGTH = 3;

/** A speaker's identity across claims: resolved name and type. */
export function speakerKey(speaker: Pick<Speaker, 'name' | 'type'>): string {
  return `${speaker.type}\u0000${speaker.name}`;
}

/** A claim's target: the speaker it is aimed at. */
export type Target = Pick<Speaker, 'name' | 'type'>;

/** The names a speaker may be referred to by, as whole-word patterns. */
function namePatterns(claims: readonly Claim[]): Map<string, { target: Target; patterns: RegExp[] }> {
  const byKey = new Map<string, { target: Target; names: Set<string> }>();
  for (const { speaker } of claims) {
    if (speaker === null || speaker.resolution === 'unresolved') continue;
    const key = speakerKey(speaker);
    const entry = byKey.get(key) ?? { target: { name: speaker.name, type: speaker.type }, names: new Set<string>() };
    byKey.set(key, entry);
    entry.names.add(speaker.name.replace(/^(the|The)\s+/, ''));
    if (speaker.resolution === 'partial-name') entry.names.add(speaker.text);
    const surname = speaker.name.split(/\s+/).at(-1)!;
    if (speaker.type === 'person' && /^\p{Lu}/u.test(surname)) entry.names.add(surname);
  }
  const out = new Map<string, { target: Target; patterns: RegExp[] }>();
  for (const [key, { target, names }] of byKey) {
    const patterns = [...names].filter((name) => name.length >= MIN_NAME_LENGTH).map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u'));
    out.set(key, { target, patterns });
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namesStatement(content: string): boolean {
  return (content.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((word) => STATEMENT_FORMS.has(word));
}

/**
 * The targets of each claim of one document (claims in text order), as a list per claim: empty for a
 * claim without a speaker, with another stance, or with no target found.
 */
export function stanceTargets(claims: readonly Claim[]): Target[][] {
  const names = namePatterns(claims);
  return claims.map((claim, index) => {
    const { speaker } = claim;
    if (speaker === null || claim.nonClaim === true || !(TARGET_STANCES as readonly string[]).includes(claim.stance)) return [];
    const own = speakerKey(speaker);
    const named = [...names].filter(([key, { patterns }]) => key !== own && patterns.some((p) => p.test(claim.content.text)));
    if (named.length > 0) return named.map(([, { target }]) => target);
    if (!namesStatement(claim.content.text)) return [];
    const earlier = claims.slice(0, index).reverse().filter((c) => c.speaker !== null && c.speaker.resolution !== 'unresolved' && speakerKey(c.speaker) !== own);
    const previous = earlier.find((c) => c.stance === 'claims') ?? earlier[0];
    return previous === undefined ? [] : [{ name: previous.speaker!.name, type: previous.speaker!.type }];
  });
}
