/**
 * Rule family `verb-*`: a reporting verb with its speaker and content in one sentence.
 *
 *   verb-after      X said (that) CONTENT.         X told reporters CONTENT.
 *   verb-before     CONTENT, X said.   “CONTENT,” said X.
 *   verb-split      “A,” X said, “B.”  (one claim, two content pieces)
 *   verb-aside      …, as X said, CONTENT.
 *   verb-coordinated  X maintained that A, and said that B.  (B's speaker is X)
 *
 * Cues inside another claim's content are nested attributions and are not reported (PolNeAR
 * annotates only the outermost).
 */
import type { DraftClaim, Token } from '../document.js';
import {
  ABSOLUTE_CLAUSE_PREPOSITIONS, AUXILIARIES, CIRCUMSTANCE_PREPOSITIONS, CLAUSE_COORDINATORS, CLAUSE_SUBJECT_PRONOUNS, CONTROL_PREPOSITIONS, INVERSION_VERBS,
  MESSAGE_NOUNS, QUESTION_OPENERS, DETERMINERS, RELATIVE_PRONOUNS, PARTICIPLE_PRECEDERS, AGENT_PREPOSITIONS, MESSAGE_SENDING_PARTICLES, MESSAGE_SENDING_VERBS, OBJECT_BREAKERS, QUANTITY_HEADS_AFTER_AT,
  PERFECT_HAVE_FORMS, REPORTED_CLAUSE_OPENERS, SPEAKER_CUE_ADVERBS, TIME_WORDS,
} from '../lexicon/grammar.js';
import { AUDIENCE_REACTION_NOUNS, EXPLETIVE_SUBJECT_LEMMAS, MESSAGE_RECEIVING_VERBS, EXTRAPOSING_BE_FORMS, FINDING_LEMMAS, MANNER_GERUND_LEMMAS, NON_REPORTING_PREPOSITIONS, OBJECT_BEFORE_PREPOSITION_LEMMAS, SOURCELESS_PARTICIPLES, TIME_SPENDING_VERBS } from '../lexicon/senses.js';
import { cueVerbByForm, organizationWordByWord, speakerNounByForm } from '../lexicon/index.js';
import { PASSIVE_BE_FORMS } from '../lexicon/speakers.js';
import { spanOf } from '../text/span.js';
import { closingQuoteBefore, isParentheticalClause, leadingClauseEnd, leadingSubordinator, quoteOpensAt } from './clause-position.js';
import { controllingSubject, isCoordinated, isListCoordinated, isNonFinite, mainClauseSubject, pronominalSubject, sentenceSubject, subjectOfVerbBefore } from './clause-subject.js';
import type { SentenceContext, TokenRange } from './context.js';
import { isQuotedToken, quoteAt } from './context.js';
import { contentEnd, contentStartAt, hasPredicateVerb, snapToQuotes, startsClause, trimEnd, type Region } from './content.js';
import { skipCueComplements } from './cue-complements.js';
import type { CueMatch } from './cues.js';
import { kindOf, makeClaim } from './claim.js';
import { breakBefore, isRelativeSubject, nounPhraseWordsAfter, relativeAntecedent, skipAdverbsLeft, speakerAfter, speakerBefore, subjectBefore } from './noun-phrase.js';
import { subjectOverObjectBeforeParticiple } from './participle-object.js';
import { bareCoordinationBefore, subjectAfterObjectConjunct } from './coordinated-clause.js';
import { quotationEndingContent, speakerAfterQuote, type QuoteSpeaker } from './quote-speaker.js';
import { gapAfter, gapBefore, isPredicateVerb } from './tokens.js';

/** How many words a circumstance after the cue may run before its "that" ("says at a stop in Toledo, Ohio, that"). */
const ADJUNCT_WINDOW = 16;

interface Built { claim: DraftClaim | undefined; contentRegion: Region; pieces: Region[]; speaker: TokenRange | undefined; cue: CueMatch; rule: string }

const isRegion = (r: Region | undefined): r is Region => r !== undefined;

/** Whether only punctuation (and no word) remains in the sentence from token `j`. */
const atSentenceEnd = (ctx: SentenceContext, j: number) => j >= ctx.tokens.length;

/** The content before the speaker clause: from the sentence start (or `from`) to the speaker's edge. */
function contentBefore(ctx: SentenceContext, edge: number, from: number): Region | undefined {
  const { text } = ctx;
  const end = trimEnd(text, from, edge);
  if (end <= from) return undefined;
  return { start: from, end };
}

/** Builds the claims of the `verb-*` rules for one sentence. */
export function extractReportingClauses(ctx: SentenceContext, cues: CueMatch[]): DraftClaim[] {
  const { tokens, text, sentence } = ctx;
  const built: Built[] = [];
  // reduced passives ("a contractor accused of spying"): noun-phrase modifiers, which bound no other claim
  const reduced: Built[] = [];
  const verbCues = cues.filter(c => c.kind === 'verb' && !isQuotedToken(ctx, tokens[c.index]!));
  // "A woman who has accused him of fraud said …": the main verb's subject, found at the relative clause
  const mainClauseSubjects = new Map<number, TokenRange>();
  for (let n = 0; n < verbCues.length; n++) {
    const c = verbCues[n]!;
    const cueStart = tokens[c.index]!.start;
    const gerund = tokens[c.index]!.tags.has('Gerund') || /ing$/u.test(tokens[c.index]!.lower);
    // "the chance of offering analysis": a gerund after a preposition is not a report, except after a
    // control preposition mid-sentence ("began by saying": the clause's subject reports) and after a
    // preposition opening the sentence ("After thanking the crowd, he …": an opening participle clause)
    const prep = c.index > 0 ? tokens[c.index - 1]! : undefined;
    const openingAdjunct = gerund && c.index === 1 && prep!.tags.has('Preposition');
    if (gerund && prep?.tags.has('Preposition') && !openingAdjunct && !(CONTROL_PREPOSITIONS.has(prep.lower) && c.index > 1)) continue;
    // "After the mayor claimed that A, B", "As the senator criticized the plan, …": the cue reports,
    // and its content ends with the clause (PolNeAR annotates temporal "as" clauses too: skipping
    // them cost 0.1 end-to-end F1 on dev and train)
    const leadingClause = leadingSubordinator(ctx, c) !== undefined;
    const inside = (b: Built) => cueStart >= b.contentRegion.start && cueStart < b.contentRegion.end;
    if (built.some(inside) && isParentheticalClause(ctx, c)) {
      // "A signaled B, Mr. Barrett said, C": the reporting clause set off by commas is the outer one
      for (let k = built.length - 1; k >= 0; k--) if (inside(built[k]!)) built.splice(k, 1);
    }
    let previous = built[built.length - 1];
    // "The town released a statement saying …": the participle reports for the sender of the
    // message, and replaces the claim of the sending verb (whose content was "a statement saying …")
    const sent = gerund && !breakBefore(ctx, c.index) ? messageSentBefore(ctx, c.index) : undefined;
    // the speaker of the verb the participle belongs to: the sender of the message, or the speaker
    // of the governing verb (below)
    let hostSpeaker: TokenRange | undefined;
    if (sent && previous?.cue.index === sent.verb) {
      hostSpeaker = previous.speaker;
      built.pop();
      previous = built[built.length - 1];
    }
    if (sent) hostSpeaker ??= speakerBefore(ctx, sent.verb) ?? controllingSubject(ctx, sent.verb);
    // "She responded to the letter by saying …": the gerund is the manner of the verb before it, whose
    // content was "to the letter by saying …"; it reports for that verb's speaker instead
    let governor: Built | undefined;
    if (!sent && gerund && MANNER_GERUND_LEMMAS.has(c.lemma) && prep && CONTROL_PREPOSITIONS.has(prep.lower) && previous?.speaker
      && inside(previous) && previous.cue.index < c.index && isOneVerbPhrase(ctx, previous.cue.last + 1, c.index - 1)) {
      governor = built.pop();
      previous = built[built.length - 1];
      hostSpeaker = governor!.speaker;
    }
    // "The man accused of fraud will …": a reduced passive; its noun is what is reported on, with no source
    // (kept apart: a claim whose content holds it is the outer attribution, and wins)
    const reducedNoun = reducedPassiveNoun(ctx, c);
    if (reducedNoun) {
      const b = previous && inside(previous) ? undefined : reducedPassive(ctx, c, reducedNoun);
      if (b) reduced.push(b);
      continue;
    }
    if (c.byAgent) {
      if (previous && inside(previous)) continue;
      const b = passiveWithAgent(ctx, c);
      if (b) built.push(b);
      continue;
    }
    // "She praised the plan, called it bold and urged a vote": a middle item of a list of verb phrases
    // (only when no subject of its own stands before it: "Roe, who founded a group, said …, and added")
    const listed = isListCoordinated(ctx, c) && !speakerBefore(ctx, c.index);
    const coordinated = previous !== undefined && (isCoordinated(ctx, c) || (listed && previous.cue.index < c.index && previous.speaker !== undefined));
    // "“…,” Jones, who has proposed a tax, said": the quotation's reporting clause, not content of
    // the cue in its relative clause, whose content stops at the comma before this cue
    const afterQuote = coordinated ? undefined : speakerAfterQuote(ctx, c);
    if (afterQuote && previous && inside(previous) && previous.contentRegion.start > tokens[afterQuote.speaker.first]!.start) {
      const edge = trimEnd(text, previous.contentRegion.start, tokens[c.index]!.start);
      if (edge > previous.contentRegion.start) {
        previous.contentRegion.end = Math.min(previous.contentRegion.end, edge);
        previous.pieces = previous.pieces.filter(p => p.start < edge).map(p => ({ start: p.start, end: Math.min(p.end, edge) }));
        previous.claim = rebuild(ctx, previous);
        if (!previous.claim) { built.pop(); previous = built[built.length - 1]; }
      }
    }
    if (previous && !coordinated && inside(previous)) continue;
    if (coordinated) {
      // the earlier claim's content stops before ", and said"
      const conj = listed ? c.index : skipAdverbsLeft(ctx, c.index - 1);
      const cut = trimEnd(text, previous.contentRegion.start, tokens[conj]!.start);
      if (cut > previous.contentRegion.start) {
        previous.contentRegion.end = Math.min(previous.contentRegion.end, cut);
        const lastPiece = previous.pieces[previous.pieces.length - 1]!;
        lastPiece.end = Math.min(lastPiece.end, cut);
        previous.claim = rebuild(ctx, previous);
      }
    }
    const elided = !coordinated && isCoordinated(ctx, c);
    // "…, Sanders said, suggesting that …": a gerund after a comma shares the clause's subject
    const participial = gerund && !coordinated && !elided && (breakBefore(ctx, c.index) || openingAdjunct);
    const mainSubject = mainClauseSubjects.get(c.index);
    const speakerBeforeCue = speakerBefore(ctx, c.index);
    let speaker = mainSubject ? mainSubject : hostSpeaker ? hostSpeaker : coordinated ? previous.speaker
      : participial ? previous?.speaker ?? sentenceSubject(ctx, c.index)
      : elided ? sentenceSubject(ctx, c.index) : speakerBeforeCue;
    // "asked for an autograph and the senator said": the new clause's subject, not the object joined to it (coordinated-clause.ts)
    if (speaker && speaker === speakerBeforeCue) speaker = subjectAfterObjectConjunct(ctx, speaker) ?? speaker;
    // "he spent the evening mocking Bush": the subject of the verb of spending time, not its object
    if (speaker && gerund && speaker.last === c.index - 1) speaker = timeSpenderBefore(ctx, speaker) ?? speaker;
    // "She opened the debate saying …": an object that cannot speak leaves the participle to the subject
    if (speaker && gerund && !hostSpeaker && !governor && speaker.last === c.index - 1) speaker = subjectOverMuteObject(ctx, speaker) ?? speaker;
    // "gave a speech on Monday attacking …", "went on the record endorsing …": the same, further off (participle-object.ts)
    if (speaker && gerund && !hostSpeaker && !governor && !participial) speaker = subjectOverObjectBeforeParticiple(ctx, speaker, c.index) ?? speaker;
    // "Conceding that A, he warned …": an opening participle clause shares the main clause's subject;
    // "…, Cranston, citing A, endorsed B": else the subject of the nearest finite verb before it
    const opening = participial && (c.index === 0 || openingAdjunct) ? mainClauseSubject(ctx, c.last) : undefined;
    if (participial && !speaker) speaker = opening?.subject ?? (c.index > 0 ? controllingSubject(ctx, c.index) : undefined);
    // "Some have suggested …", "Both think …": a determiner standing alone
    if (!speaker && !coordinated && !elided && !participial) speaker = pronominalSubject(ctx, c.index);
    if (!speaker && !coordinated && !elided && !participial && isNonFinite(ctx, c.index)) {
      // "Barkley went off script to comment on …", "she began by saying …": the subject of the
      // nearest finite verb before it
      speaker = controllingSubject(ctx, c.index);
    }
    // "Roe has raised questions about …", "Roe began writing …", "Roe shot back": the cue completes the
    // verb before it, which the cue then runs from
    const completed = !speaker && !coordinated && !elided && !participial ? subjectOfVerbBefore(ctx, c.index) : undefined;
    if (completed) speaker = completed.subject;
    // "While denouncing the plan, she …", "In an effort to clarify her remarks, Roe …": a non-finite cue
    // in a clause opening the sentence reports for the subject of the main clause after it
    const openingClause = !speaker && !coordinated && !elided && !participial && inOpeningAdjunct(ctx, c) ? mainClauseSubject(ctx, c.last) : undefined;
    if (openingClause) speaker = openingClause.subject;
    // the relative clause's content stops before the main verb it is the subject of
    const mainVerb = speaker && !coordinated ? mainVerbAfterRelative(ctx, c, speaker, verbCues) : undefined;
    if (mainVerb) mainClauseSubjects.set(mainVerb.cue.index, mainVerb.subject);
    // "Voters backing the mayor turned out early", "Officials who criticized the deal left": a
    // participle or restrictive relative clause modifying a noun phrase takes an object, which ends
    // before the verb of the clause around it
    const modifierEnd = speaker && !participial && !hostSpeaker && !governor && c.frame !== 'clause' && speaker.last === c.index - 1
      && (gerund ? !isVerbContraction(ctx.tokens[speaker.last]!) && !ctx.tokens[speaker.last]!.tags.has('Pronoun') : isRestrictiveRelative(ctx, speaker))
      ? participleModifierEnd(ctx, c) : undefined;
    // … and when that noun phrase opens its clause, the whole phrase is the subject of that verb,
    // and the speaker of its claim ("Voters backing the mayor" turned out)
    if (modifierEnd?.verb !== undefined && speaker && (speaker.first === 0 || breakBefore(ctx, speaker.first))) {
      const verb = modifierEnd.verb;
      const main = verbCues.find(v => v.index >= verb && v.index <= verb + AUXILIARY_CHAIN && !breakBefore(ctx, v.index));
      if (main) mainClauseSubjects.set(main.index, { first: speaker.first, last: skipAdverbsLeft(ctx, verb - 1) });
    }
    let inverted = false;
    if (!speaker && !coordinated && !elided && !participial && INVERSION_VERBS.has(c.lemma)) {
      speaker = speakerAfter(ctx, c.last);
      inverted = speaker !== undefined;
    }
    // "“…,” campaign manager Lee Park said": the quotation's reading takes in a first word the usual search left out
    const widerAfterQuote = speaker && afterQuote && !afterQuote.inverted && afterQuote.speaker.last === speaker.last && afterQuote.speaker.first < speaker.first;
    if (widerAfterQuote) speaker = afterQuote!.speaker;
    if (!speaker && afterQuote && !elided && !participial && !usualSpeaker(ctx, c, afterQuote)) {
      speaker = afterQuote.speaker;
      inverted = afterQuote.inverted;
    }
    const afterCue = inverted ? speaker!.last + 1 : c.last + 1;
    const j = withinClause(ctx, afterCue, skipReaction(ctx, skipCueComplements(ctx, c, afterCue)));
    const commaAfter = !atSentenceEnd(ctx, j) && gapBefore(ctx, j).includes(',');
    const midSentence = speaker !== undefined && !inverted && !participial && speaker.first > 0 && speaker.first < c.index;
    // "“…,” Jones, 25, said as she marched": a quotation right before the speaker is the content
    const quoteFirst = speaker !== undefined && closingQuoteBefore(ctx, tokens[inverted ? c.index : speaker.first]!.start);
    let pieces: Region[] = [];
    let rule = 'verb-after';
    const contentAfter = (objectOnly: boolean): Region | undefined => {
      // "added to her lead": the preposition gives the verb a sense that reports nothing
      if (opensNonReportingSense(ctx, c, j)) return undefined;
      let from = j;
      if (!objectOnly && CIRCUMSTANCE_PREPOSITIONS.has(tokens[j]!.lower) && !QUANTITY_HEADS_AFTER_AT.has(tokens[j + 1]?.lower ?? '')) {
        // "says at a campaign stop in Toledo, Ohio, that it means …": the clause starts at "that" or
        // at a quotation after a comma; without either, the phrase is a circumstance, not content
        // ("continued with new strikes")
        const opens = (k: number) => REPORTED_CLAUSE_OPENERS.has(tokens[k]!.lower)
          || (/[,:]/u.test(gapBefore(ctx, k)) && quoteAt(ctx.quotes, tokens[k]!.start) !== undefined);
        // not past another cue: "weighed in with an explanation, Trump said that …" is not weighed-in content
        const limit = Math.min(tokens.length, j + ADJUNCT_WINDOW, ...verbCues.filter(v => v.index > c.last).map(v => v.index));
        while (from < limit && !opens(from)) from++;
        if (from >= limit) return undefined;
      }
      const start = contentStartAt(ctx, from);
      if (start === undefined) return undefined;
      const stops = [verbCues.slice(n + 1).map(next => coordinationBefore(ctx, next, c) ?? bareCoordinationBefore(ctx, next)).find(at => at !== undefined && at > tokens[from]!.start),
        relativeClauseEnd(ctx, speaker, from), absoluteClauseEnd(ctx, speaker, c, from), leadingClause ? leadingClauseEnd(ctx, c) : undefined,
        mainVerb ? tokens[mainVerb.subject.last]!.end : undefined, modifierEnd?.end].filter((at): at is number => at !== undefined);
      const stop = stops.length ? Math.min(...stops) : undefined;
      const end = contentEnd(ctx, from, stop, objectOnly);
      // content with no verb of its own is an object phrase ("claim responsibility later in the day")
      const endToken = tokens.findIndex(t => t.start >= end);
      if (!objectOnly && !hasPredicateVerb(ctx, from, endToken < 0 ? tokens.length : endToken)) return { start, end: contentEnd(ctx, from, stop, true) };
      return { start, end };
    };
    const reportsAfter = !inverted && !quoteFirst && !atSentenceEnd(ctx, j) && (!(commaAfter && midSentence) || quoteOpensAt(ctx, j));
    const after = reportsAfter ? contentAfter(c.frame === 'object') : undefined;
    // "The plan will fail, Jones said after the vote.": a reporting clause set off by a comma with
    // only a circumstance after it reports the clause before it (not an opener: "Since then, …")
    const beforeOnly = reportsAfter && !after && midSentence && breakBefore(ctx, speaker!.first)
      && tokens.slice(0, speaker!.first).some(t => isFiniteVerb(t) || isQuotedToken(ctx, t));
    if (midSentence && tokens[speaker!.first - 1]!.lower === 'as' && commaAfter) {
      // "…, as some reports said, burned": the content is what follows the aside
      rule = 'verb-aside';
      // "As experts said, CONTENT" opening the sentence: the whole clause after it
      pieces = [contentAfter(speaker!.first > 1)].filter(isRegion);
    } else if (!inverted && atSentenceEnd(ctx, j) && speaker && /^\s*:\s*$/u.test(gapAfter(ctx, j - 1))) {
      // "Spokeswoman Heather Nauert said:" and the quotation is the next paragraph
      rule = 'verb-colon';
      const next = ctx.analysis.paragraphs[sentence.paragraph + 1];
      const isLast = sentence.end >= ctx.analysis.paragraphs[sentence.paragraph]!.end;
      if (next && isLast) pieces = [{ start: next.start, end: next.end }];
    } else if (inverted && c.index === 0) {
      // "Said Ana Lima, who grew up here, “We were proud of him.”": the quotation after the speaker
      const quote = ctx.quotes.find(q => q.pieces[0]!.start > tokens[speaker!.last]!.end && q.pieces[0]!.start < sentence.end);
      if (quote) pieces = [{ start: quote.pieces[0]!.start, end: quote.pieces[0]!.end }];
    } else if (participial) {
      rule = 'verb-participle';
      pieces = atSentenceEnd(ctx, j) ? [] : [contentAfter(c.frame === 'object')].filter(isRegion);
      if (opening) pieces = pieces.map(p => ({ start: p.start, end: Math.min(p.end, trimEnd(text, p.start, tokens[opening.subject.first]!.start)) }));
    } else if (reportsAfter && !beforeOnly) {
      pieces = [after].filter(isRegion);
    } else if (speaker || coordinated) {
      rule = 'verb-before';
      const edgeToken = speaker && !inverted ? speaker.first : c.index;
      // "… to any customer who asks.": a reporting clause after its content is set off by punctuation
      if (edgeToken > 0 && !breakBefore(ctx, edgeToken) && !closingQuoteBefore(ctx, tokens[edgeToken]!.start)) continue;
      const edge = tokens[edgeToken]!.start;
      // "A has agreed to host B, officials said Tuesday.": a reporting clause after a comma that ends the
      // sentence reports all of it, the earlier verb's claim included (which then goes as nested), unless
      // that verb is in an opening subordinate clause ("Though A boast of B, C, experts say.")
      const wholeSentence = previous?.rule === 'verb-after' && !quoteFirst && !inverted && atSentenceEnd(ctx, j)
        && gapBefore(ctx, edgeToken).includes(',') && leadingSubordinator(ctx, previous.cue) === undefined;
      const from = previous && previous.contentRegion.end <= edge && !wholeSentence ? skipTo(ctx, previous.contentRegion.end) : sentence.start;
      const region = contentBefore(ctx, edge, from);
      const before = region && quotationEndingContent(ctx, region);
      const framing = before !== undefined && opensWithParticipleClause(ctx, before);
      pieces = before && !framing ? [before] : [];
      const resumes = quoteAt(ctx.quotes, tokens[j]?.start ?? -1)?.pieces[0]!.start === contentStartAt(ctx, j)
        || (midSentence && !quoteFirst && !tokens[j]!.tags.has('Gerund') && !OBJECT_BREAKERS.has(tokens[j]!.lower));
      if ((pieces.length || framing) && commaAfter && resumes) {
        // "“A,” he said, “B.”", "A, he said, B.": the content resumes after the cue
        const rest = contentAfter(false);
        if (rest) { pieces.push(rest); rule = framing ? 'verb-after' : 'verb-split'; }
      }
    }
    if (openingClause) {
      const edge = tokens[openingClause.subject.first]!.start;
      pieces = pieces.map(p => ({ start: p.start, end: Math.min(p.end, trimEnd(text, p.start, edge)) })).filter(p => p.end > p.start);
    }
    const region = pieces.length ? { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end } : undefined;
    // "it seems that …", "It is important to note …", "a state known for …": the claim has no source
    // (and "it's hard to know …", where no subject is found for the infinitive)
    const dummy = speaker !== undefined ? isDummySubject(ctx, speaker, c) : !coordinated && isExtraposedInfinitive(ctx, c);
    if (dummy) speaker = undefined;
    if (!speaker && !coordinated && !dummy) {
      // "The mayor was criticized for the delay": a passive names who is judged, with no source
      const b = passiveOnSubject(ctx, c);
      if (b) built.push(b);
      continue;
    }
    if (!region) continue;
    // the cue runs from the sending or governing verb: "issued a statement saying", "responded by saying"
    const cue = hostSpeaker && sent ? { ...c, index: sent.verb } : governor ? { ...c, index: governor.cue.index } : completed && speaker ? { ...c, index: completed.verb } : c;
    const b: Built = { claim: undefined, contentRegion: region, pieces, speaker, cue, rule: coordinated ? 'verb-coordinated' : rule };
    b.claim = rebuild(ctx, b);
    if (b.claim) built.push(b);
  }
  const outermost = reduced.filter(r => !built.some(b => tokens[r.cue.index]!.start >= b.contentRegion.start && tokens[r.cue.index]!.start < b.contentRegion.end));
  const all = outermost.length ? [...built, ...outermost].sort((a, b) => a.cue.index - b.cue.index) : built;
  return all.flatMap(b => (b.claim ? [b.claim] : []));
}

/**
 * The claim of a passive whose agent follows "by" ("News of the deal was first reported by the
 * Herald"): the agent is the source, the passive's subject the content (PolNeAR annotates it so).
 * `undefined` when either is missing.
 */
function passiveWithAgent(ctx: SentenceContext, c: CueMatch): Built | undefined {
  const { tokens } = ctx;
  // the passive's subject, which speakerBefore refuses for a passive cue
  const subject = subjectBefore(ctx, c.index);
  const speaker = agentAfter(ctx, c.last + 1);
  // "a state known by its nickname": an adjectival passive reports no one's words
  if (!subject || !speaker || SOURCELESS_PARTICIPLES.has(tokens[c.index]!.lower)) return undefined;
  const pieces = [{ start: tokens[subject.first]!.start, end: tokens[subject.last]!.end }];
  // "he was accused by a colleague of lying": the verb's preposition phrase after the agent is content too
  const prep = tokens[speaker.last + 1];
  if (prep && !breakBefore(ctx, speaker.last + 1) && speaker.last + 2 < tokens.length && cueVerbByForm.get(tokens[c.index]!.lower)?.preps?.includes(prep.lower)) {
    pieces.push({ start: prep.start, end: contentEnd(ctx, speaker.last + 2, undefined, true) });
  }
  const b: Built = { claim: undefined, contentRegion: pieces[0]!, pieces, speaker, cue: c, rule: 'verb-passive' };
  b.claim = rebuild(ctx, b);
  return b.claim ? b : undefined;
}

/**
 * The noun phrase before the cue when the cue is a past participle right after it, with its
 * preposition and no object between ("a contractor *accused of* spying", "Senator Accused Of Fraud"):
 * a reduced passive relative, since the verb needs an object before that preposition
 * (OBJECT_BEFORE_PREPOSITION_LEMMAS). `undefined` after an auxiliary ("has accused of") or a fronted
 * object ("whom the senator accused of"), and for any other cue.
 */
function reducedPassiveNoun(ctx: SentenceContext, c: CueMatch): TokenRange | undefined {
  const { tokens } = ctx;
  const verb = tokens[c.index]!;
  const entry = cueVerbByForm.get(verb.lower);
  if (!entry || !OBJECT_BEFORE_PREPOSITION_LEMMAS.has(entry.lemma) || c.last !== c.index + 1 || verb.lower !== entry.forms[3]) return undefined;
  const noun = subjectBefore(ctx, c.index);
  if (!noun || noun.last !== c.index - 1 || breakBefore(ctx, c.index)) return undefined;
  const last = tokens[noun.last]!.lower;
  const before = tokens[noun.first - 1]?.lower ?? '';
  const reduced = !AUXILIARIES.has(last) && !CLAUSE_SUBJECT_PRONOUNS.has(last) && !isRelativeSubject(last) && !RELATIVE_PRONOUNS.has(before);
  return reduced ? noun : undefined;
}

/**
 * The claim of a reduced passive ("a contractor accused of spying") on `noun`: no source, and the
 * noun with the preposition phrase as content (PolNeAR annotates it so).
 */
function reducedPassive(ctx: SentenceContext, c: CueMatch, noun: TokenRange): Built | undefined {
  const { tokens } = ctx;
  if (c.last + 1 >= tokens.length || breakBefore(ctx, c.last + 1)) return undefined;
  const prep = tokens[c.last]!;
  // "The man accused of theft will stay in jail": the phrase ends before the verb of the clause around it
  const end = participleModifierEnd(ctx, c)?.end ?? contentEnd(ctx, c.last + 1, undefined, true);
  return sourcelessPassive(ctx, c, noun, { start: prep.start, end });
}

/** The claim of a passive with no source: the noun judged and the cue's preposition phrase (`phrase`) as content. */
function sourcelessPassive(ctx: SentenceContext, c: CueMatch, noun: TokenRange, phrase: Region): Built | undefined {
  const { tokens } = ctx;
  const pieces = [{ start: tokens[noun.first]!.start, end: tokens[noun.last]!.end }, phrase];
  const b: Built = { claim: undefined, contentRegion: { start: pieces[0]!.start, end: phrase.end }, pieces, speaker: undefined, cue: { ...c, last: c.index }, rule: 'verb-passive' };
  b.claim = rebuild(ctx, b);
  return b.claim ? b : undefined;
}

/** The noun phrase after "by" at token `by`: the whole phrase when it ends the clause, else its words up to the first that is no noun-phrase word. */
function agentAfter(ctx: SentenceContext, by: number): TokenRange | undefined {
  return speakerAfter(ctx, by) ?? nounPhraseWordsAfter(ctx, by);
}

/**
 * Whether the word at `j`, right after the cue, is a preposition that gives the cue's verb a sense
 * that reports nothing ("added *to* her lead"), not the "to" of an infinitive ("added to say").
 */
function opensNonReportingSense(ctx: SentenceContext, c: CueMatch, j: number): boolean {
  const { tokens } = ctx;
  const prep = tokens[j];
  if (!prep || !NON_REPORTING_PREPOSITIONS.get(c.lemma)?.has(prep.lower) || breakBefore(ctx, j)) return false;
  const next = tokens[j + 1];
  // "signed on.": a particle ending the clause has the same sense
  return next === undefined || breakBefore(ctx, j + 1) || !(next.tags.has('Verb') && !next.tags.has('Noun'));
}

/** Index after an audience's reaction at `j` ("said to cheers", "to laughter and applause"), else `j`: a manner adjunct, not content. */
function skipReaction(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  if (tokens[j]?.lower !== 'to' || !AUDIENCE_REACTION_NOUNS.has(tokens[j + 1]?.lower ?? '') || breakBefore(ctx, j + 1)) return j;
  let k = j + 2;
  while (tokens[k]?.lower === 'and' && AUDIENCE_REACTION_NOUNS.has(tokens[k + 1]?.lower ?? '') && !breakBefore(ctx, k)) k += 2;
  return k;
}

/**
 * `j`, or the first token after a clause break between `from` and `j`: a time or medium phrase after
 * the cue ends at a comma ("noted Friday, the budget …" must not lose "the" to the time phrase).
 */
function withinClause(ctx: SentenceContext, from: number, j: number): number {
  for (let k = from + 1; k < j; k++) if (breakBefore(ctx, k)) return k;
  return j;
}

/**
 * The verb that puts out the message a participle post-modifies: in "released a statement saying
 * …", "sent out a text to supporters saying …", the token index of "released", "sent". `undefined`
 * unless the noun before the participle is a message (MESSAGE_NOUNS) and the object of a verb of
 * sending (MESSAGE_SENDING_VERBS), within one clause.
 */
function messageSentBefore(ctx: SentenceContext, participle: number): { verb: number } | undefined {
  const { tokens } = ctx;
  let message = speakerBefore(ctx, participle);
  // "a text message to supporters saying": the message is the phrase before "to"
  if (message && message.first > 1 && tokens[message.first - 1]!.lower === 'to' && !breakBefore(ctx, message.first)) {
    message = speakerBefore(ctx, message.first - 1);
  }
  if (!message || !isMessagePhrase(ctx, message)) return undefined;
  let verb = message.first - 1;
  if (verb > 0 && MESSAGE_SENDING_PARTICLES.has(tokens[verb]!.lower) && !breakBefore(ctx, verb + 1)) verb--;
  if (verb < 0 || breakBefore(ctx, verb + 1) || !MESSAGE_SENDING_VERBS.has(tokens[verb]!.lower)) return undefined;
  for (let k = verb + 1; k < participle; k++) if (breakBefore(ctx, k)) return undefined;
  return { verb };
}

/** Whether a noun phrase is headed by a message noun, a time phrase after it aside ("a statement Wednesday"). */
function isMessagePhrase(ctx: SentenceContext, r: TokenRange): boolean {
  for (let k = r.last; k >= r.first; k--) {
    if (MESSAGE_NOUNS.has(ctx.tokens[k]!.lower)) return true;
    if (!TIME_WORDS.has(ctx.tokens[k]!.lower)) return false;
  }
  return false;
}

/**
 * The subject of the verb whose object is `object`, when that object cannot be a source (neither a
 * person, an organization, a name nor a number: "opened *the debate* saying …"). A message object
 * gives way too: "started a petition calling on …" reports for the petition's author, as PolNeAR
 * annotates it (messages of sending verbs are messageSentBefore's), unless the subject only received
 * it ("received calls saying …").
 */
function subjectOverMuteObject(ctx: SentenceContext, object: TokenRange): TokenRange | undefined {
  const { tokens } = ctx;
  const verb = object.first - 1;
  if (verb < 1 || breakBefore(ctx, object.first)) return undefined;
  const v = tokens[verb]!;
  if (!v.tags.has('Verb') || v.tags.has('Noun') || AUXILIARIES.has(v.lower) || v.tags.has('Copula')) return undefined;
  for (let k = object.first; k <= object.last; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Person') || t.tags.has('Organization') || t.tags.has('ProperNoun') || t.tags.has('Value') || t.tags.has('Pronoun')
      || speakerNounByForm.has(t.lower) || organizationWordByWord.has(t.lower)
      || (MESSAGE_NOUNS.has(t.lower) && MESSAGE_RECEIVING_VERBS.has(v.lower))) return undefined;
  }
  return speakerBefore(ctx, verb);
}

/** The subject of a verb of spending time whose object is `object` ("*he* spent the evening"), if it is one. */
function timeSpenderBefore(ctx: SentenceContext, object: TokenRange): TokenRange | undefined {
  const verb = object.first - 1;
  if (verb < 1 || breakBefore(ctx, object.first) || !TIME_SPENDING_VERBS.has(ctx.tokens[verb]!.lower)) return undefined;
  return speakerBefore(ctx, verb);
}

/**
 * Whether the claim has no source though a subject stands before the cue: a dummy "it", subject of a
 * raising verb before its clause ("it appeared that …") or of "be" extraposing the cue's
 * to-infinitive ("It is too early to predict how …"), or the noun an adjectival passive describes
 * ("a state known for …").
 */
function isDummySubject(ctx: SentenceContext, speaker: TokenRange, c: CueMatch): boolean {
  const { tokens } = ctx;
  // "a state known for …", "is best known for …": an adjectival passive reports no one's words
  if (SOURCELESS_PARTICIPLES.has(tokens[c.index]!.lower)) {
    const before = skipAdverbsLeft(ctx, c.index - 1);
    const perfect = [before, c.index - 1].some(k => k >= 0 && PERFECT_HAVE_FORMS.has(tokens[k]!.lower.replace(/^\p{L}+(?=['\u2019])/u, '')));
    if (!perfect) return true;
  }
  // "there are fears that …": an existential "there" names no one
  if (speaker.first === speaker.last && tokens[speaker.first]!.lower === 'there') return true;
  if (speaker.first !== speaker.last || tokens[speaker.first]!.lower !== 'it') return false;
  if (speaker.first + 1 === c.index) return EXPLETIVE_SUBJECT_LEMMAS.has(c.lemma) && tokens[c.index + 1]?.lower !== 'to';
  // "It is important to note": "be" after "it", and "to" before the cue, with no punctuation between
  const to = c.index - 1;
  if (tokens[to]?.lower !== 'to') return false;
  for (let k = speaker.first + 1; k <= to; k++) if (breakBefore(ctx, k)) return false;
  return EXTRAPOSING_BE_FORMS.has(tokens[speaker.first + 1]!.lower);
}

/**
 * Whether the cue is a gerund or a to-infinitive inside a clause that opens the sentence, with no
 * punctuation and no finite verb before it ("While denouncing …", "In an effort to clarify …"). A
 * participle opening the sentence is the participle rule's.
 */
function inOpeningAdjunct(ctx: SentenceContext, c: CueMatch): boolean {
  const { tokens } = ctx;
  if (c.index === 0) return false;
  const nonFinite = tokens[c.index]!.tags.has('Gerund') || /ing$/u.test(tokens[c.index]!.lower) || tokens[skipAdverbsLeft(ctx, c.index - 1)]?.lower === 'to';
  if (!nonFinite) return false;
  for (let k = 0; k < c.index; k++) if (breakBefore(ctx, k + 1) || isFiniteVerb(tokens[k]!) || isQuotedToken(ctx, tokens[k]!)) return false;
  return true;
}

/**
 * Whether the cue is a to-infinitive that a dummy "it" extraposes after "be" and an adjective ("it's
 * hard to know how …", "It is easier still to imagine …"): the claim has no source.
 */
function isExtraposedInfinitive(ctx: SentenceContext, c: CueMatch): boolean {
  const { tokens } = ctx;
  let k = c.index - 1;
  if (k < 2 || tokens[k]!.lower !== 'to' || breakBefore(ctx, c.index)) return false;
  let adjective = false;
  while (--k > 0 && !breakBefore(ctx, k + 1) && (tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Adverb'))) adjective ||= tokens[k]!.tags.has('Adjective');
  if (!adjective || k < 0 || breakBefore(ctx, k + 1)) return false;
  // "it's" may be one token or two
  if (/^it['\u2019]s$/u.test(tokens[k]!.lower)) return true;
  return EXTRAPOSING_BE_FORMS.has(tokens[k]!.lower) && k > 0 && !breakBefore(ctx, k) && tokens[k - 1]!.lower === 'it';
}

/**
 * The claim of a finite passive of a verb of judging with its preposition ("The mayor was criticized
 * for the delay", "Roe is accused of fraud"): no source, and the subject with the preposition phrase
 * as content, as for a reduced passive. `undefined` for any other cue.
 */
function passiveOnSubject(ctx: SentenceContext, c: CueMatch): Built | undefined {
  const { tokens } = ctx;
  const entry = cueVerbByForm.get(tokens[c.index]!.lower);
  if (!entry || !OBJECT_BEFORE_PREPOSITION_LEMMAS.has(entry.lemma) || c.last !== c.index + 1 || tokens[c.index]!.lower !== entry.forms[3]) return undefined;
  if (c.last + 1 >= tokens.length || breakBefore(ctx, c.last + 1) || breakBefore(ctx, c.index)) return undefined;
  const subject = subjectBefore(ctx, c.index);
  if (!subject) return undefined;
  let passive = false;
  for (let k = subject.last + 1; k < c.index; k++) passive ||= PASSIVE_BE_FORMS.has(tokens[k]!.lower);
  if (!passive) return undefined;
  return sourcelessPassive(ctx, c, subject, { start: tokens[c.last]!.start, end: contentEnd(ctx, c.last + 1, undefined, true) });
}

/** How many words an antecedent the tagger did not read as a noun phrase may have ("The judges"). */
const ANTECEDENT_WORDS = 4;

/**
 * The main verb after a restrictive relative clause whose pronoun is the cue's speaker, and its whole
 * subject: in "A woman who has accused him of fraud said that …", "said" and "A woman who has
 * accused him of fraud". The antecedent must open its clause (the sentence, or after punctuation),
 * and no other subject may stand between the two cues. `undefined` when there is none.
 */
function mainVerbAfterRelative(ctx: SentenceContext, c: CueMatch, speaker: TokenRange, verbCues: CueMatch[]): { cue: CueMatch; subject: TokenRange } | undefined {
  const { tokens } = ctx;
  // a non-restrictive clause ("Roe, who said …, argued") is set off by commas: see relativeClauseEnd
  if (speaker.first !== speaker.last || !isRelativeSubject(tokens[speaker.first]!.lower) || breakBefore(ctx, speaker.first)) return undefined;
  // the antecedent runs from the clause start (the tagger may miss a plural noun: "The judges who")
  let first = speaker.first - 1;
  while (first > 0 && !breakBefore(ctx, first)) first--;
  const antecedent = relativeAntecedent(ctx, speaker.first);
  if (first < 0 || (antecedent && antecedent.first !== first) || (!antecedent && speaker.first - first > ANTECEDENT_WORDS)) return undefined;
  const main = verbCues.find(v => v.index > c.last);
  if (!main || /ing$/u.test(tokens[main.index]!.lower) || tokens[main.index - 1]!.lower === 'to') return undefined;
  for (let k = c.last + 1; k < main.index; k++) {
    if (CLAUSE_SUBJECT_PRONOUNS.has(tokens[k]!.lower) || isRelativeSubject(tokens[k]!.lower)) return undefined;
  }
  const last = skipAdverbsLeft(ctx, main.index - 1);
  return last > c.last ? { cue: main, subject: { first, last } } : undefined;
}

/**
 * Where the object of a participle that modifies a noun phrase ends ("Voters *backing* the mayor
 * turned out early", "A group *opposing* the plan, the council voted …"): before the first finite
 * verb after it ("turned"), or at a comma before a clause with a subject of its own. An object
 * takes no finite verb unless a clause opener ("that", "who", "whether") introduces one, so the
 * search gives up at such a word. `end` is a character offset, `verb` the finite verb's token.
 */
function participleModifierEnd(ctx: SentenceContext, c: CueMatch): { end: number; verb?: number } | undefined {
  const { tokens } = ctx;
  for (let k = c.last + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isQuotedToken(ctx, t)) return undefined;
    const word = t.lower.replace(/['\u2019]\p{L}+$/u, '');
    if (REPORTED_CLAUSE_OPENERS.has(word) || isRelativeSubject(word) || QUESTION_OPENERS.has(word)) return undefined;
    if (k === c.last + 1) continue;
    if (gapBefore(ctx, k).includes(',') && startsClause(ctx, k, isFiniteVerb)) return { end: tokens[k - 1]!.end };
    if (breakBefore(ctx, k) && !gapBefore(ctx, k).includes(',')) return undefined;
    if (!isClauseVerb(t)) continue;
    const before = tokens[k - 1]!;
    // "denouncing the bill as it was passing": a verb with a subject of its own is inside the object
    if (CLAUSE_SUBJECT_PRONOUNS.has(before.lower)) return undefined;
    // "calling on him to be banned", "portraying her as focused on", "seeking a recognized status",
    // "the facts reported by the agency": an infinitive, or a past form read as a participle
    if (before.lower === 'to' || t.tags.has('Infinitive')) continue;
    if (t.tags.has('PastTense') && !AUXILIARIES.has(t.lower)
      && (PARTICIPLE_PRECEDERS.has(before.lower) || DETERMINERS.has(before.lower) || before.tags.has('Adverb') || AGENT_PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''))) continue;
    return { end: tokens[skipAdverbsLeft(ctx, k - 1)]!.end, verb: k };
  }
  return undefined;
}

/**
 * Whether a token is a finite verb that can head a clause after a noun phrase: not a present in -s,
 * which the tagger also gives plural nouns ("gross rights violations"), unless it is an auxiliary.
 */
function isClauseVerb(t: Token): boolean {
  return isFiniteVerb(t) && !(t.tags.has('PresentTense') && /s$/u.test(t.lower) && !AUXILIARIES.has(t.lower) && !t.tags.has('Copula'));
}

/** Whether the speaker is the pronoun of a restrictive relative clause ("Officials *who* criticized the deal left"), with no comma before it. */
const isRestrictiveRelative = (ctx: SentenceContext, speaker: TokenRange) => speaker.first === speaker.last && speaker.first > 0
  && isRelativeSubject(ctx.tokens[speaker.first]!.lower) && !breakBefore(ctx, speaker.first);

/** Whether a token carries a contracted verb ("It’s", "they're"): "It’s denouncing" is a progressive, not a noun phrase with a participle. */
const isVerbContraction = (t: Token) => /['\u2019](?:s|re|m)$/u.test(t.lower) && !t.tags.has('Possessive');

/** How many words may stand between a finite verb and the main verb of its chain ("could not have said"). */
const AUXILIARY_CHAIN = 3;

/**
 * The speaker the usual search finds for a cue that reports the quotation opening its sentence;
 * when there is none, the quotation's reading is used ("“…,” said a city official who asked not to be named").
 */
function usualSpeaker(ctx: SentenceContext, c: CueMatch, q: QuoteSpeaker): TokenRange | undefined {
  return q.inverted ? (INVERSION_VERBS.has(c.lemma) ? speakerAfter(ctx, c.last) : undefined) : speakerBefore(ctx, c.index);
}

/**
 * Where a later cue's own clause begins when it is coordinated with this one: before "and"/"but"
 * (and its comma) in "…, and said that …" or "…, but he said that …". `undefined` when the later
 * cue is not coordinated (then it is nested in this content, or after it).
 */
function coordinationBefore(ctx: SentenceContext, next: CueMatch, outer: CueMatch): number | undefined {
  const { tokens } = ctx;
  if (isCoordinated(ctx, next)) return tokens[skipAdverbsLeft(ctx, next.index - 1)]!.start;
  // "…, saying “…”": a participle after a comma reports on its own
  if (tokens[next.index]!.tags.has('Gerund') && gapBefore(ctx, next.index).includes(',')) {
    return tokens[next.index - 1]!.end;
  }
  const subject = speakerBefore(ctx, next.index);
  if (!subject || subject.first === 0) return undefined;
  const before = tokens[subject.first - 1]!;
  // "…, with 30 percent saying …": an absolute clause after a comma reports on its own, unless it
  // is part of what a poll found ("the poll shows her ahead, with 10 percent undecided")
  if (isAbsoluteClauseSubject(ctx, subject, next) && gapBefore(ctx, subject.first - 1).includes(',') && !FINDING_LEMMAS.has(outer.lemma)) {
    return tokens[subject.first - 2]!.end;
  }
  if (CLAUSE_COORDINATORS.has(before.lower) && breakBefore(ctx, subject.first - 1)) return before.start;
  // "…, and when pressed on it, the mother replied, “…”": a later clause with its own subject, after
  // ", and" or ", but" further back; its content follows it (a parenthetical "A, he said, B" is not one)
  if (!breakBefore(ctx, subject.first) || isParentheticalClause(ctx, next)) return undefined;
  for (let k = subject.first - 1; k > 0; k--) {
    if (CLAUSE_COORDINATORS.has(tokens[k]!.lower) && gapBefore(ctx, k).includes(',')) return tokens[k]!.start;
  }
  return undefined;
}

/**
 * Where a non-restrictive relative clause whose pronoun is the speaker ends: at the comma before the
 * main clause's verb ("Roe, who said the plan failed, resigned on Friday": the content is "the plan
 * failed"). `undefined` when the speaker is no such pronoun or no main verb follows.
 */
function relativeClauseEnd(ctx: SentenceContext, speaker: TokenRange | undefined, from: number): number | undefined {
  const { tokens } = ctx;
  if (!speaker || speaker.first !== speaker.last || !isRelativeSubject(tokens[speaker.first]!.lower)) return undefined;
  if (speaker.first === 0 || !gapBefore(ctx, speaker.first).includes(',')) return undefined;
  for (let k = from + 1; k < tokens.length; k++) {
    if (isQuotedToken(ctx, tokens[k]!) || !gapBefore(ctx, k).includes(',')) continue;
    let v = k;
    // "Roe, who said …, quickly resigned": an adverb may stand before the main verb
    while (v < tokens.length && (AUXILIARIES.has(tokens[v]!.lower) || SPEAKER_CUE_ADVERBS.has(tokens[v]!.lower) || (tokens[v]!.tags.has('Adverb') && !tokens[v]!.tags.has('Noun'))) && !breakBefore(ctx, v + 1)) v++;
    const t = tokens[v];
    if (t && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && (v > k || !t.tags.has('Participle') || t.tags.has('PastTense'))) {
      return tokens[k - 1]!.end;
    }
  }
  return undefined;
}

/**
 * Where an absolute clause whose noun phrase is the speaker ends: at the first comma after the
 * content starts ("with 50 percent saying she is ready, compared with …": the content is "she is
 * ready"). `undefined` unless the speaker follows ABSOLUTE_CLAUSE_PREPOSITIONS right before the
 * participle cue.
 */
function absoluteClauseEnd(ctx: SentenceContext, speaker: TokenRange | undefined, c: CueMatch, from: number): number | undefined {
  const { tokens } = ctx;
  if (!speaker || !isAbsoluteClauseSubject(ctx, speaker, c)) return undefined;
  // the first comma after a finite verb of the content ("with 30 percent saying John Kasich, the
  // governor there, leads" has an apposition first), unless a dash or parenthesis comes first
  let finite = false;
  for (let k = from; k < tokens.length; k++) {
    const gap = gapBefore(ctx, k);
    if (k > from && !isQuotedToken(ctx, tokens[k]!) && breakBefore(ctx, k)) {
      if (finite && gap.includes(',')) return tokens[k - 1]!.end;
      if (/[\u2014\u2013()-]/u.test(gap)) return undefined;
    }
    finite ||= isFiniteVerb(tokens[k]!);
  }
  return undefined;
}

/** Whether `speaker` is the noun phrase of an absolute clause whose participle is `c` ("with 30 percent saying"). */
function isAbsoluteClauseSubject(ctx: SentenceContext, speaker: TokenRange, c: CueMatch): boolean {
  const { tokens } = ctx;
  return speaker.first > 1 && speaker.last === c.index - 1 && /ing$/u.test(tokens[c.index]!.lower)
    && ABSOLUTE_CLAUSE_PREPOSITIONS.has(tokens[speaker.first - 1]!.lower) && !breakBefore(ctx, speaker.first);
}

/**
 * Whether tokens `[from, to)` stay within the verb phrase of the verb before them: no punctuation,
 * no clause opener ("that", "how") and no finite verb of a clause of their own.
 */
function isOneVerbPhrase(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if ((k > from && breakBefore(ctx, k)) || REPORTED_CLAUSE_OPENERS.has(t.lower) || isFiniteVerb(t) || /['\u2019]/u.test(t.text)) return false;
  }
  return to >= from && !breakBefore(ctx, to);
}

/** Whether a token is a finite verb ("is", "would", "leads"), not an infinitive, gerund or participle. */
function isFiniteVerb(t: Token): boolean {
  return (t.tags.has('PresentTense') || t.tags.has('PastTense') || t.tags.has('Modal') || t.tags.has('Copula'))
    && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('Noun');
}

/**
 * Whether a region is an introductory participle clause ("Asked about the device, …"), which frames
 * the speaker's answer and is not part of it.
 */
function opensWithParticipleClause(ctx: SentenceContext, r: Region): boolean {
  const first = ctx.tokens.find(t => t.start >= r.start);
  if (!(first !== undefined && first.start < r.end && first.index === 0 && !ctx.quoted[first.start]
    && (first.tags.has('PastTense') || first.tags.has('Participle') || first.tags.has('Gerund')) && first.tags.has('Verb'))) return false;
  // "Closing the office would “send the wrong message,” he said": a gerund subject with its own
  // finite verb (before any comma) is part of the content, not a frame
  for (let k = 1; k < ctx.tokens.length && ctx.tokens[k]!.start < r.end; k++) {
    const t = ctx.tokens[k]!;
    if (breakBefore(ctx, k)) return true;
    if (isPredicateVerb(t) && !t.tags.has('Particle') && !t.tags.has('PastTense')) return false;
  }
  return true;
}

/** The first non-space offset at or after `from`. */
function skipTo(ctx: SentenceContext, from: number): number {
  while (from < ctx.sentence.end && /[\s,;]/u.test(ctx.text[from]!)) from++;
  return from;
}

function rebuild(ctx: SentenceContext, b: Built): DraftClaim | undefined {
  const { tokens, text } = ctx;
  const speaker = b.speaker ? spanOf(text, tokens[b.speaker.first]!.start, tokens[b.speaker.last]!.end) : null;
  const claim = makeClaim(ctx, {
    speaker,
    cue: { ...spanOf(text, tokens[b.cue.index]!.start, tokens[b.cue.last]!.end), lemma: b.cue.lemma },
    pieces: b.pieces.flatMap(p => snapToQuotes(ctx, p)),
    rule: b.rule,
    kind: b.rule === 'verb-colon' ? kindOfBlock(ctx, b.pieces) : undefined,
  });
  return claim && b.cue.stance ? { ...claim, stance: b.cue.stance } : claim;
}

/** A paragraph introduced by "X said:" is quoted verbatim, with or without quotation marks. */
function kindOfBlock(ctx: SentenceContext, pieces: Region[]) {
  const kind = kindOf(ctx.text, ctx.quoted, pieces);
  return kind === 'indirect' ? 'direct' : kind;
}
