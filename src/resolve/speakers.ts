/**
 * Stage 5: speaker resolution. Keeps each mention as written and adds who it is: the fullest earlier
 * mention for pronouns ("It" → "the Russian Defense Ministry"), surnames ("Nauert" → "Heather
 * Nauert") and role nouns ("the ministry"), and a speaker type.
 *
 * Earlier mentions are the speakers of earlier claims and the subjects of earlier sentences.
 */
import type { AnalyzedText, FramedClaim } from '../document.js';
import { isRelativeSubject, relativeAntecedent, subjectBefore } from '../extract/noun-phrase.js';
import { isQuotedToken, sentenceContext } from '../extract/context.js';
import { speakerNounByForm } from '../lexicon/index.js';
import { spanOf } from '../text/span.js';
import type { Claim, Span, Speaker, SpeakerType } from '../types.js';
import { bareName, roleOf, speaksForInstitution } from './roles.js';

/** A claim with its speaker resolved, before its confidence is estimated. */
export type ResolvedClaim = Omit<Claim, 'confidence'>;
import { mentionWords, typeOfMention, typeOfPronoun } from './speaker-type.js';

/** A mention that a later pronoun, surname or role noun may refer to. */
interface Entity {
  mention: Span;
  /** The mention without apposition or parenthesis ("Jane Roe" for "Jane Roe, a lawyer,"). */
  name: string;
  type: SpeakerType;
  /** Lower-case words of `name`. */
  words: string[];
}

/** Which types each pronoun may refer to, nearest first. */
const PRONOUN_TARGETS: Record<SpeakerType, SpeakerType[]> = {
  person: ['person', 'anonymous'],
  organization: ['organization', 'government', 'media', 'document', 'poll'],
  group: ['group', 'organization', 'government', 'anonymous'],
  government: [], anonymous: [], document: [], media: [], poll: [], other: [],
};

function nameOf(mention: Span): Span {
  const cut = mention.text.search(/\s*[,(]/u);
  const text = cut > 0 ? mention.text.slice(0, cut) : mention.text;
  return { start: mention.start, end: mention.start + text.length, text };
}

function entityOf(mention: Span): Entity {
  const name = nameOf(mention);
  return { mention: name, name: name.text, type: typeOfMention(mention.text), words: mentionWords(name.text).map(w => w.toLowerCase()) };
}

/** Subjects of every sentence (the noun phrase before the first verb), as candidate antecedents. */
function sentenceSubjects(analysis: AnalyzedText): Entity[] {
  const entities: Entity[] = [];
  for (const sentence of analysis.sentences) {
    const ctx = sentenceContext(analysis, sentence);
    // the first verb with a noun phrase before it ("Stung by the loss, the ministry *put* out …")
    let range;
    for (let k = 1; k < sentence.tokens.length && !range; k++) {
      const t = sentence.tokens[k]!;
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !isQuotedToken(ctx, t)) range = subjectBefore(ctx, k);
    }
    if (!range) continue;
    const mention = spanOf(analysis.text, sentence.tokens[range.first]!.start, sentence.tokens[range.last]!.end);
    if (typeOfPronoun(mention.text) === undefined) entities.push(entityOf(mention));
  }
  return entities;
}

/** The fullest earlier entity `mention` refers to, and how it was found. */
function antecedentOf(mention: Span, before: Entity[]): { entity: Entity; resolution: Speaker['resolution'] } | undefined {
  const pronounType = typeOfPronoun(mention.text);
  if (pronounType) {
    const targets = PRONOUN_TARGETS[pronounType];
    for (let k = before.length - 1; k >= 0; k--) {
      if (targets.includes(before[k]!.type)) return { entity: fullest(before[k]!, before), resolution: 'pronoun' };
    }
    return undefined;
  }
  const own = entityOf(mention);
  const head = own.words[own.words.length - 1];
  if (!head) return undefined;
  const longer = (e: Entity) => e.words.length > own.words.length && e.words[e.words.length - 1] === head;
  const isName = /^\p{Lu}/u.test(own.name.split(/\s+/u).pop() ?? '') && !/^(the|a|an)\b/iu.test(own.name);
  for (let k = before.length - 1; k >= 0; k--) {
    const e = before[k]!;
    if (isName && e.type === 'person' && longer(e)) return { entity: fullest(e, before), resolution: 'partial-name' };
    if (!isName && own.words[0] === 'the' && (speakerNounByForm.has(head) || e.type === 'government') && longer(e) && e.type !== 'person') {
      return { entity: e, resolution: 'role-noun' };
    }
  }
  return undefined;
}

/** Among entities sharing `e`'s last word, the one with the most words. */
function fullest(e: Entity, all: Entity[]): Entity {
  const last = e.words[e.words.length - 1];
  return all.reduce((best, x) => (x.type === e.type && x.words[x.words.length - 1] === last && x.words.length > best.words.length ? x : best), e);
}

/** For a relative pronoun mention ("which", "who", or contracted: "who's"), the noun phrase it attaches to. */
function relativeAntecedentOf(analysis: AnalyzedText, mention: Span): Entity | undefined {
  if (!isRelativeSubject(mention.text.toLowerCase())) return undefined;
  const sentence = analysis.sentences.find(s => mention.start >= s.start && mention.start < s.end);
  const index = sentence?.tokens.findIndex(t => t.start === mention.start) ?? -1;
  if (!sentence || index < 0) return undefined;
  const ctx = sentenceContext(analysis, sentence);
  const range = relativeAntecedent(ctx, index);
  return range && entityOf(spanOf(analysis.text, sentence.tokens[range.first]!.start, sentence.tokens[range.last]!.end));
}

/** How far back (in characters) the institution a spokesperson speaks for may be named. */
const AFFILIATION_WINDOW = 400;

/** Adds role and affiliation to a resolved speaker, from the mention or the institution named before it. */
function withRole(speaker: Speaker, mentionText: string, before: Entity[]): Speaker {
  const info = roleOf(mentionText);
  if (!info.role) return speaker;
  const out: Speaker = { ...speaker, role: info.role };
  let affiliation = info.affiliation;
  if (!affiliation && speaksForInstitution(info.role)) {
    const institution = [...before].reverse().find(e => INSTITUTIONS.includes(e.type) && speaker.start - e.mention.end < AFFILIATION_WINDOW);
    if (institution) affiliation = bareName(institution.name);
  }
  if (affiliation) out.affiliation = affiliation;
  return out;
}

const INSTITUTIONS: SpeakerType[] = ['organization', 'government', 'media'];

/** Resolves the speaker mention of every claim. */
export function resolveSpeakers(analysis: AnalyzedText, claims: FramedClaim[]): ResolvedClaim[] {
  const known = [...sentenceSubjects(analysis), ...claims.flatMap(d => (d.speaker && !typeOfPronoun(d.speaker.text) ? [entityOf(d.speaker)] : []))]
    .filter(e => !analysis.quoted[e.mention.start])
    .sort((a, b) => a.mention.start - b.mention.start);
  return claims.map(d => {
    if (!d.speaker) return { ...d, speaker: null };
    const mention = d.speaker;
    const before = known.filter(e => e.mention.end <= mention.start);
    return { ...d, speaker: withRole(resolveMention(analysis, mention, before, known), mention.text, before) };
  });
}

/** Who a mention is: its antecedent for pronouns, partial names and role nouns, else itself. */
function resolveMention(analysis: AnalyzedText, mention: Span, before: Entity[], known: Entity[]): Speaker {
  const relative = relativeAntecedentOf(analysis, mention);
  if (relative) {
    const found = antecedentOf(relative.mention, known.filter(e => e.mention.end <= relative.mention.start));
    const entity = found?.entity ?? relative;
    return { ...mention, name: entity.name, type: entity.type, resolution: 'pronoun', antecedent: entity.mention };
  }
  const found = antecedentOf(mention, before);
  if (found) return { ...mention, name: found.entity.name, type: found.entity.type, resolution: found.resolution, antecedent: found.entity.mention };
  return typeOfPronoun(mention.text)
    ? { ...mention, name: mention.text, type: 'other', resolution: 'unresolved' }
    : { ...mention, name: nameOf(mention).text, type: typeOfMention(mention.text), resolution: 'self' };
}
