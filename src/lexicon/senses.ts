/**
 * Words that tell a reporting sense of a cue verb from another sense, or a reporting construction
 * from a passive one. Written by hand from reference grammars (Huddleston & Pullum 2002, ch. 16 on
 * passives) and common newsroom phrasing; the phenomena were found among PolNeAR train's spurious
 * predictions, but no word here is learned from data.
 */

/**
 * Means of communication after "by": "said *by* telephone" reports; any other "by" after a
 * participle names the agent of a passive ("a plan backed *by* unions").
 */
export const MEANS_OF_COMMUNICATION: ReadonlySet<string> = new Set([
  'phone', 'telephone', 'email', 'e-mail', 'text', 'mail', 'letter', 'fax', 'video', 'videoconference', 'satellite', 'tweet',
  'radio', 'messenger', 'courier', 'cable', 'wire',
]);

/**
 * Prepositions that introduce the addressee of a verb of speaking ("spoke *to* reporters about",
 * "talked *with* donors about"): the verb's own preposition may follow the addressee.
 */
export const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);

/**
 * Modal verbs (Huddleston & Pullum 2002, ch. 3 §2.5), with their contracted and negated forms: a
 * passive they head is an obligation or a prospect, not a report ("The problem must be addressed by
 * the council", "will be decided by voters").
 */
export const MODALS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll",
  "won't", "wouldn't", "shouldn't", "can't", 'cannot', "couldn't", "mustn't",
]);

/**
 * Forms of "do" that carry a verb's tense and negation (do-support, Huddleston & Pullum 2002, ch. 3
 * §2.1): the base form after them is a verb ("did not endorse", "does support"), however the tagger
 * reads it.
 */
export const DO_SUPPORT_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);

/**
 * Verbs whose object is the understood subject of the to-infinitive after it (object control and
 * raising to object, Huddleston & Pullum 2002, ch. 14 §5): in "the rule allows Rubio to offer …" it
 * is Rubio who offers. Other verbs with an object leave the infinitive to their subject ("held a
 * rally to announce …"). All forms, written out by hand.
 */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'allow', 'allows', 'allowed', 'allowing', 'let', 'lets', 'letting',
  'prompt', 'prompts', 'prompted', 'prompting', 'lead', 'leads', 'led', 'leading', 'leave', 'leaves', 'left', 'leaving',
  'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'tell', 'tells', 'told', 'telling',
  'force', 'forces', 'forced', 'forcing', 'encourage', 'encourages', 'encouraged', 'encouraging',
  'persuade', 'persuades', 'persuaded', 'persuading', 'convince', 'convinces', 'convinced', 'convincing',
  'press', 'presses', 'pressed', 'pressing', 'pressure', 'pressures', 'pressured', 'pressuring', 'push', 'pushes', 'pushed', 'pushing',
  'invite', 'invites', 'invited', 'inviting', 'want', 'wants', 'wanted', 'wanting', 'expect', 'expects', 'expected', 'expecting',
  'cause', 'causes', 'caused', 'causing', 'inspire', 'inspires', 'inspired', 'inspiring', 'help', 'helps', 'helped', 'helping',
  'enable', 'enables', 'enabled', 'enabling', 'require', 'requires', 'required', 'requiring', 'get', 'gets', 'got', 'getting',
  'challenge', 'challenges', 'challenged', 'challenging', 'dare', 'dares', 'dared', 'daring', 'beg', 'begs', 'begged', 'begging',
  'implore', 'implores', 'implored', 'imploring', 'instruct', 'instructs', 'instructed', 'instructing', 'direct', 'directs', 'directed', 'directing',
  'remind', 'reminds', 'reminded', 'reminding', 'warn', 'warns', 'warned', 'warning', 'permit', 'permits', 'permitted', 'permitting',
  'drive', 'drives', 'drove', 'driven', 'driving', 'spur', 'spurs', 'spurred', 'spurring',
]);

/**
 * Cue lemmas that report nothing with a reflexive object: "found himself in trouble" is a state,
 * not a finding (whereas "described himself as", "considers herself" are self-descriptions PolNeAR
 * annotates). Found among PolNeAR train's spurious "found" predictions.
 */
export const REFLEXIVE_NON_REPORTING_LEMMAS: ReadonlySet<string> = new Set(['find']);

/**
 * Words that open a clause or an adverbial and so never begin a subject noun phrase: "*But* Ramos
 * said", "*When* asked, she said", "*By* then the board had voted". Capitalised at the start of a
 * sentence they look like names to the noun-phrase rules. Coordinators, subordinators and the
 * prepositions that open sentence adverbials, from Huddleston & Pullum 2002 (ch. 7, 8, 15).
 */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'but', 'and', 'or', 'so', 'yet', 'nor', 'while', 'whilst', 'when', 'whenever', 'after', 'before', 'because', 'although', 'though',
  'since', 'until', 'once', 'unless', 'if', 'whereas', 'as', 'by', 'with', 'without', 'in', 'on', 'at', 'for', 'from', 'during',
  'despite', 'like', 'unlike', 'among', 'amid', 'under', 'over', 'through', 'into', 'to', 'of',
]);

/**
 * Cue lemmas whose subject "it" is a dummy before a that-clause ("it seems that …", "it appeared
 * that …"): the claim has no source (PolNeAR annotates it so). Raising verbs from Huddleston &
 * Pullum 2002, ch. 14 §4.
 */
export const EXPLETIVE_SUBJECT_LEMMAS: ReadonlySet<string> = new Set(['seem', 'appear']);

/** Forms of "be" after a dummy "it" that extraposes a to-infinitive: "It is important to note …", "It's hard to say …". */
export const EXTRAPOSING_BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', "'s", '\u2019s', 'be', 'been', 'seems', 'seemed']);

/**
 * Participles that, without a perfect "have" before them, are adjectival passives with no source of
 * their own: "a state known for rewarding moderates", "He is best known for his films" (PolNeAR
 * annotates the cue "known for" with no source and the described phrase as content).
 */
export const SOURCELESS_PARTICIPLES: ReadonlySet<string> = new Set(['known']);


/**
 * Verbs of spending time whose object is followed by the subject's own activity in -ing: "spent the
 * evening mocking Bush", "took turns urging the crowd" (it is the subject who mocks or urges, not
 * the evening). All forms, written out by hand.
 */
export const TIME_SPENDING_VERBS: ReadonlySet<string> = new Set([
  'spend', 'spends', 'spent', 'spending', 'take', 'takes', 'took', 'taken', 'taking', 'waste', 'wastes', 'wasted', 'wasting',
  'devote', 'devotes', 'devoted', 'devoting',
]);

/**
 * Cue lemmas whose gerund after "by" (or another CONTROL_PREPOSITIONS word) is itself the report of
 * the verb before it: "responded by saying …", "explained the vote by saying …" (PolNeAR annotates
 * the words said, with the verb's subject as source). Other gerunds there are mostly the manner of
 * the outer report and stay inside its content ("explained her vote by citing the law"): taking every
 * cue gerund after "by" this way lowered PolNeAR train end-to-end F1.
 */
export const MANNER_GERUND_LEMMAS: ReadonlySet<string> = new Set(['say']);

/**
 * Cue lemmas that report what a poll or study found: an absolute clause after their content ("shows
 * her ahead, with 10 percent saying they are undecided") is part of the finding, not a report of its
 * own. Written by hand; found among PolNeAR train's poll sentences.
 */
export const FINDING_LEMMAS: ReadonlySet<string> = new Set(['show', 'find', 'reveal', 'indicate', 'suggest']);

/**
 * Plural nouns of an audience's reaction that follow "to" after a reporting verb ("said to cheers",
 * "spoke to boos"): the tagger reads some of them as verbs, so "to cheers" looked like an
 * infinitive and the verb was dropped as a non-reporting "continued to stay". Found among PolNeAR
 * train's missed "said to cheers / laughter / applause" attributions.
 */
export const AUDIENCE_REACTION_NOUNS: ReadonlySet<string> = new Set([
  'applause', 'boos', 'cheers', 'cheering', 'chants', 'gasps', 'groans', 'jeers', 'laughs', 'laughter', 'murmurs', 'whistles',
]);

/**
 * Verbs (all forms) of receiving or coming upon a message, whose subject is not the message's author:
 * "Police received calls saying …" reports for the calls, whereas "The group started a petition
 * calling on …" reports for the group. From the message-noun participles in PolNeAR train.
 */
export const MESSAGE_RECEIVING_VERBS: ReadonlySet<string> = new Set([
  'receive', 'receives', 'received', 'receiving', 'get', 'gets', 'got', 'getting', 'obtain', 'obtains', 'obtained',
  'read', 'reads', 'reading', 'see', 'sees', 'saw', 'seen', 'find', 'finds', 'found', 'cite', 'cites', 'cited', 'citing',
]);

/**
 * Nouns of a text on display that speaks for itself: "held up a sign saying …", "wore a T-shirt
 * reading …" report for the sign, not for whoever holds it (PolNeAR annotates the sign as source),
 * unlike a speech or statement the subject delivers. From the participles after an object in
 * PolNeAR train.
 */
export const DISPLAYED_TEXT_NOUNS: ReadonlySet<string> = new Set([
  'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'shirt', 'shirts', 't-shirt', 't-shirts',
  'sticker', 'stickers', 'billboard', 'billboards', 'cover', 'covers', 'headline', 'headlines', 'button', 'buttons', 'hat', 'hats',
]);

/**
 * Cue lemmas with a sense that reports nothing when one of these prepositions (or particles) follows
 * the verb: "added to her lead", "adds to the confusion" (increase, not "added that"); "signed on to
 * the campaign", "donors signed on" (joined, not "signed the letter"). Found among PolNeAR train's
 * spurious predictions (12 of 12 "add" with a "to" phrase after the verb, 5 of 5 "signed on", were no
 * attribution); a quotation before the verb keeps "“…,” he added to reporters" a report.
 */
export const NON_REPORTING_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['add', new Set(['to'])], ['sign', new Set(['on'])],
]);

/**
 * Cue lemmas whose preposition follows an object ("accused *him* of lying", "blamed the mayor for",
 * "praised her for"): right after a noun with no object between, the participle is a reduced passive
 * ("a contractor accused of spying"), whose noun is the one accused, not the accuser. Verbs of
 * judging from Levin (1993) §33, as far as they are cue lemmas here.
 */
export const OBJECT_BEFORE_PREPOSITION_LEMMAS: ReadonlySet<string> = new Set([
  'accuse', 'blame', 'criticize', 'praise', 'thank', 'credit', 'fault', 'condemn', 'commend', 'congratulate',
]);
