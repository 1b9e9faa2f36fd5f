/**
 * Validation of the noun, phrase, speaker, pronoun and non-claim lists (see `check.ts` for verbs and
 * the shared rules). Each function returns a list of problems; empty when clean.
 */
import { checkCommon, duplicates } from './check.js';
import { FRAMES, NON_CLAIM_KINDS, NOUN_ATTACHMENTS, PHRASE_KINDS, SPEAKER_NOUN_KINDS, SPEAKER_POSITIONS, STANCES } from './types.js';
import type { CueModifier, CueNoun, CuePhrase, NonClaim, OrganizationWord, Pronoun, SpeakerNoun, SpeakerTitle, UnnamedMarker } from './types.js';

/** Problems of the cue noun list. */
export function checkCueNouns(nouns: readonly CueNoun[]): string[] {
  const out: string[] = [];
  for (const n of nouns) {
    const where = `cue noun "${n.lemma}"`;
    out.push(...checkCommon(where, [n.lemma, ...n.forms, ...(n.preps ?? [])], n.source, n.train));
    if (n.forms[0] !== n.lemma) out.push(`${where}: first form is not the lemma`);
    if (!STANCES.includes(n.stance)) out.push(`${where}: unknown stance`);
    if (n.attach.length === 0 || n.attach.some((a) => !NOUN_ATTACHMENTS.includes(a))) out.push(`${where}: bad attach`);
    if (n.attach.includes('prep') !== Boolean(n.preps?.length)) out.push(`${where}: 'prep' attach and preps disagree`);
  }
  return [...out, ...duplicates(nouns, (n) => [...n.forms]).map((d) => `cue nouns: ${d}`)];
}

/** Problems of the cue phrase and modifier lists. */
export function checkCuePhrases(phrases: readonly CuePhrase[], modifiers: readonly CueModifier[]): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    const where = `cue phrase "${p.pattern}"`;
    const words = p.pattern.split(' ');
    out.push(...checkCommon(where, words.filter((w) => w !== '*'), p.source, p.train));
    if (words.some((w) => w === '')) out.push(`${where}: extra spaces`);
    if (words.includes('*') !== (p.speaker === 'slot')) out.push(`${where}: '*' slot and speaker 'slot' disagree`);
    if (!PHRASE_KINDS.includes(p.kind) || !STANCES.includes(p.stance) || !SPEAKER_POSITIONS.includes(p.speaker) || !FRAMES.includes(p.frame)) {
      out.push(`${where}: unknown kind, stance, speaker or frame`);
    }
  }
  for (const m of modifiers) out.push(...checkCommon(`cue modifier "${m.word}"`, [m.word], m.source, m.train));
  out.push(...duplicates(phrases, (p) => [p.pattern]).map((d) => `cue phrases: ${d}`));
  out.push(...duplicates(modifiers, (m) => [m.word]).map((d) => `cue modifiers: ${d}`));
  return out;
}

/** Problems of the speaker lists. */
export function checkSpeakers(
  nouns: readonly SpeakerNoun[], titles: readonly SpeakerTitle[], orgs: readonly OrganizationWord[], unnamed: readonly UnnamedMarker[],
): string[] {
  const out: string[] = [];
  for (const n of nouns) {
    out.push(...checkCommon(`speaker noun "${n.lemma}"`, n.forms, n.source));
    if (n.forms[0] !== n.lemma || n.forms.length < 1 || n.forms.length > 2) out.push(`speaker noun "${n.lemma}": bad forms`);
    if (!SPEAKER_NOUN_KINDS.includes(n.kind)) out.push(`speaker noun "${n.lemma}": unknown kind`);
  }
  for (const t of titles) out.push(...checkCommon(`title "${t.word}"`, [t.word], t.source));
  for (const o of orgs) out.push(...checkCommon(`organization word "${o.word}"`, [o.word], o.source));
  for (const u of unnamed) out.push(...checkCommon(`unnamed marker "${u.pattern}"`, u.pattern.split(' '), u.source));
  out.push(...duplicates(nouns, (n) => n.forms).map((d) => `speaker nouns: ${d}`));
  out.push(...duplicates(titles, (t) => [t.word]).map((d) => `titles: ${d}`));
  out.push(...duplicates(orgs, (o) => [o.word]).map((d) => `organization words: ${d}`));
  out.push(...duplicates(unnamed, (u) => [u.pattern]).map((d) => `unnamed markers: ${d}`));
  return out;
}

/** Problems of the pronoun list. */
export function checkPronouns(pronouns: readonly Pronoun[]): string[] {
  const out: string[] = [];
  for (const p of pronouns) out.push(...checkCommon(`pronoun "${p.form}"`, [p.form], p.source));
  return [...out, ...duplicates(pronouns, (p) => [p.form]).map((d) => `pronouns: ${d}`)];
}

/** Problems of the non-claim list; every example must contain its pattern. */
export function checkNonClaims(nonClaims: readonly NonClaim[]): string[] {
  const out: string[] = [];
  for (const n of nonClaims) {
    const where = `non-claim "${n.pattern}"`;
    out.push(...checkCommon(where, n.pattern.split(' '), n.source, n.train));
    if (!NON_CLAIM_KINDS.includes(n.kind)) out.push(`${where}: unknown kind`);
    if (!n.example.toLowerCase().includes(n.pattern)) out.push(`${where}: example does not contain the pattern`);
  }
  return [...out, ...duplicates(nonClaims, (n) => [n.pattern]).map((d) => `non-claims: ${d}`)];
}
