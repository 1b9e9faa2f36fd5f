/**
 * Closed-class English words the extractors use to find phrase and clause edges. These are standard
 * grammar lists (auxiliaries, complementizers, temporal nouns), written out from any reference
 * grammar (e.g. Huddleston & Pullum, The Cambridge Grammar of the English Language, ch. 3, 5, 11);
 * nothing here is learned from data.
 */

/** Auxiliary and modal verbs that may stand between a speaker and its cue ("has said", "would argue"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re",
  'have', 'has', 'had', 'having', "'ve", "'d",
  'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll",
  'not', "n't", 'never',
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't",
  "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "mustn't",
]);

/**
 * Adverbs commonly found between a speaker and its cue ("also said", "later told", "repeatedly
 * denied"). Any word compromise tags Adverb is accepted too; these are the ones it sometimes misses.
 */
export const SPEAKER_CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'earlier', 'then', 'again', 'further', 'previously', 'recently', 'once', 'often',
  'repeatedly', 'publicly', 'privately', 'reportedly', 'allegedly', 'already', 'still', 'now', 'first',
  'initially', 'frequently', 'separately', 'similarly', 'likewise', 'flatly', 'strongly', 'firmly',
  'quickly', 'immediately', 'subsequently', 'ultimately', 'finally', 'just', 'even', 'only', 'long',
  // conjunctive adverbs, which compromise tags Conjunction ("Carter however said")
  'however', 'meanwhile', 'nevertheless', 'nonetheless',
]);

/** Words that introduce a reported clause ("said that …", "asked whether …"). */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if']);

/** Relative pronouns: "Smith, who leads the panel, said" — the clause between commas is skipped. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * Concessive subordinators: after a comma they start the writer's own clause, so reported content
 * stops there ("claimed the attack, although another group …").
 */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(['although', 'though', 'whereas', 'while']);

/**
 * Subordinators that, after a comma, end an object-taking cue's content ("denied the report, after
 * the vote"); a reported clause may go on past them.
 */
export const OBJECT_BREAKERS: ReadonlySet<string> = new Set(['even', 'despite', 'after', 'before', 'since', 'until', 'when', 'as', 'because']);

/**
 * Prepositions and subordinators that open a circumstance (time, occasion, cause) after an object:
 * "mentioned the plan *after* the vote". They end an object-taking cue's content even without a comma.
 * "during" is left out: "pressed for a deal during the talks" keeps its time phrase in PolNeAR; "during
 * a debate" ends content as an occasion (src/lexicon/boundaries.ts).
 */
export const OBJECT_ADJUNCTS: ReadonlySet<string> = new Set([
  'since', 'after', 'before', 'amid', 'despite', 'because', 'following', 'while', 'when', 'so', 'until',
]);

/** Determiners that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'two', 'three', 'four',
  'five', 'one', 'both', 'most', 'few', 'other', 'another', 'each', 'every', 'his', 'her', 'its', 'their',
  'our', 'my', 'your', 'no', 'any', 'all', 'more', 'dozens', 'hundreds', 'thousands',
]);

/** Words that may join two noun phrases into one speaker ("A witness and two rebel sources"). */
export const NOUN_PHRASE_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for', 'at', 'from', 'on', 'in', "'s", 'de']);

/** Temporal words: "said Monday", "claimed it later in the day". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'day', 'week',
  'weekend', 'month', 'year', 'later', 'earlier', 'last', 'this', 'next', 'recently', 'overnight',
]);

/** Prepositions that open a temporal phrase ("on Monday", "in the morning", "last week"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'next', 'later', 'earlier', 'the', 'of']);

/** Subject pronouns; their person, number and what they can refer to is in `pronouns.ts`. */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Verb particles and directional adverbs ("stepped forward to", "jumped in to"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'forward', 'back', 'up', 'out', 'in', 'ahead', 'down', 'over', 'on', 'off', 'away', 'together', 'along', 'around',
]);

/** Object pronouns: an addressee of one word ("told him …"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'you', 'him', 'her', 'it', 'them']);

/**
 * Editorial labels that end in a colon but name no speaker ("Update: the road reopened"). Written
 * for the `colon-speaker` rule from common news page furniture.
 */
export const EDITORIAL_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', "editor's note", 'correction', 'clarification', 'photo', 'photos', 'video', 'watch',
  'read', 'related', 'source', 'sources', 'credit', 'image', 'caption', 'listen', 'see', 'more', 'also', 'breaking',
  'exclusive', 'analysis', 'opinion', 'live', 'warning', 'transcript', 'q', 'a', 'the latest', 'latest', 'developing',
]);

/**
 * Subordinators that open a sentence-initial adverbial clause ("When she arrived, …"). A verb in such
 * a clause sets the scene; it does not report ("As she welcomed the guests, the mayor smiled").
 */
export const LEADING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'as', 'when', 'while', 'if', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'once', 'whenever', 'unless',
]);

/**
 * Reporting verbs that news style places before their speaker ("“…,” said the mayor"). Quotative
 * inversion is limited to verbs of saying (Biber et al., Longman Grammar of Spoken and Written
 * English, §11.2.1); "shows the explosion" after a quotation is no inversion.
 */
export const INVERSION_VERBS: ReadonlySet<string> = new Set([
  'say', 'add', 'ask', 'write', 'tell', 'explain', 'note', 'continue', 'recall', 'insist', 'argue', 'counter',
  'reply', 'respond', 'warn', 'declare', 'observe', 'quip', 'joke', 'conclude', 'acknowledge', 'admit', 'claim',
  'suggest', 'predict', 'report', 'remark', 'announce', 'state', 'comment', 'exclaim', 'shout', 'whisper', 'agree',
]);

/**
 * Prepositions that take a gerund sharing the subject of the verb before them: "began *by* saying …",
 * "responded *while* insisting …", "left *without* naming …" (subject control of adverbial -ing
 * clauses, Huddleston & Pullum ch. 14 §5). "In offering analysis" is left out: "in" + gerund mostly
 * frames an action rather than reporting one.
 */
export const CONTROL_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'while', 'after', 'before', 'without', 'when']);

/**
 * Copular verbs other than "be" that link a subject to a predicative adjective ("remained confident",
 * "seemed eager"): Huddleston & Pullum ch. 4 §5 (complex-intransitive verbs of current and resulting
 * state). The forms of "be" are in AUXILIARIES.
 */
export const COPULAR_VERBS: ReadonlySet<string> = new Set([
  'remain', 'remains', 'remained', 'remaining', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared',
  'become', 'becomes', 'became', 'grow', 'grows', 'grew', 'feel', 'feels', 'felt', 'sound', 'sounds', 'sounded',
  'stay', 'stays', 'stayed',
]);

/**
 * Prepositions that introduce the object of an attitude adjective ("critical *of*", "concerned
 * *about*", "angry *at*", "proud *of*", "unhappy *with*").
 */
export const ADJECTIVE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'about', 'with', 'at', 'over', 'toward', 'towards', 'on',
]);

/**
 * Coordinators that join two clauses ("…, but the mayor was adamant"; standard grammar, Huddleston
 * & Pullum 2002, ch. 15). After a comma, with a subject and verb of its own after them, they start a
 * clause that an object or infinitive phrase cannot contain.
 */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Determiners that stand alone as a noun phrase (fused determiner-heads, Huddleston & Pullum ch. 5
 * §9): "Some have suggested …", "Both think …", "Few believe …", "This suggests …". As the subject of
 * a cue they are its speaker.
 */
export const FUSED_HEAD_DETERMINERS: ReadonlySet<string> = new Set([
  'some', 'many', 'most', 'few', 'several', 'both', 'all', 'others', 'each', 'either', 'neither', 'none',
  'this', 'these', 'those', 'one', 'another',
]);

/**
 * Prepositions of place, time and manner: right after a cue they open a circumstance, not the
 * content ("says *at* a campaign stop in Toledo that …").
 */
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'in', 'on', 'during', 'after', 'before', 'with', 'from', 'by', 'since', 'while', 'as',
]);

/** "at least 21", "at most": after "at" a quantity, not a circumstance. */
export const QUANTITY_HEADS_AFTER_AT: ReadonlySet<string> = new Set(['least', 'most', 'best', 'worst']);

/** Words that open the reported clause after a circumstance: "at the gala that …", "… how he saved it". */
export const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'how', 'what', 'why', 'whether', 'if', 'who', 'where']);

/**
 * Adverbs of the writer's own inference, not hearsay (Huddleston & Pullum ch. 6, evaluative and
 * evidential adverbs): "He apparently believed the polls" reports nobody's claim.
 */
export const INFERENCE_ADVERBS: ReadonlySet<string> = new Set(['apparently', 'evidently', 'seemingly']);

/** Words after which a clause begins: the subject of a hedged clause ("… after reportedly X") follows them. */
export const HEDGED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after', 'before', 'because', 'when', 'while', 'that', 'who', 'which', 'since', 'although', 'as', 'if', 'and', 'but',
]);

/** Words after which "asked" is a passive participle: "when asked", "was asked" (and the sentence start). */
export const PASSIVE_ASKED_FRAMES: ReadonlySet<string> = new Set(['when', 'after', 'if', 'once', 'was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** Words that open an indirect question: "asked whether …", "asked about …". */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['if', 'whether', 'what', 'who', 'whom', 'how', 'why', 'when', 'where', 'which', 'about']);

/**
 * Words that open a parenthetical between a name and its verb: "Smith, *including* …", "Smith, *in* a
 * statement released Monday, said", "Roe, *by* contrast, wrote", "Lee, *meanwhile*, told". Prepositions,
 * connective adverbs and reflexives from the same reference grammars (Huddleston & Pullum ch. 7, 8);
 * nothing here is learned from data.
 */
export const PARENTHETICAL_OPENERS: ReadonlySet<string> = new Set([
  'including', 'like', 'such', 'along', 'together', 'as', 'with', 'unlike', 'once', 'now', 'then', 'himself', 'herself',
  'itself', 'themselves', 'in', 'at', 'on', 'during', 'after', 'before', 'speaking', 'writing', 'however', 'too', 'also',
  'for', 'by', 'through', 'meanwhile', 'instead', 'moreover', 'though', 'despite', 'when', 'where', 'while',
]);

/**
 * Adjectives that post-modify a noun with a prepositional complement, so that "A person familiar with
 * the talks said" has "A person …" as subject, not "the talks" (Huddleston & Pullum ch. 6, adjectives
 * with complements); written out by hand, nothing here is learned from data.
 */
export const POSTMODIFYING_ADJECTIVES: ReadonlySet<string> = new Set([
  'familiar', 'close', 'loyal', 'allied', 'sympathetic', 'opposed', 'connected', 'linked', 'affiliated', 'knowledgeable', 'briefed', 'involved',
]);

/** Participles that post-modify the people of a survey: "voters *polled* said", "officials *interviewed* said". */
export const SURVEY_PARTICIPLES: ReadonlySet<string> = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'sampled', 'contacted']);

// --- Reporting participles after a noun ("N saying …") ---

/**
 * -ing forms of cue verbs that are nouns only with a determiner or an adjective before them ("an
 * old saying", "a common saying"). Right after a noun or a number the word is a participle
 * post-modifying it ("voters saying …", "30 percent saying …", "a statement saying …"), however the
 * tagger reads it (compromise tags "voters saying" as two nouns). Written by hand; the phenomenon
 * was found among PolNeAR train's missed "saying" cues.
 */
export const NOUN_LOOKING_PARTICIPLES: ReadonlySet<string> = new Set(['saying']);

/**
 * Nouns for a message that someone puts out: "issued a *statement* saying …", "sent an *email*
 * urging …", "ran an *ad* calling …". A reporting participle right after one, when it is the object
 * of a verb in MESSAGE_SENDING_VERBS, reports for the sender (PolNeAR annotates the sender as source
 * and "issued a statement saying" as cue). Written by hand; the construction was found among PolNeAR
 * train's missed "saying" cues.
 */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'release', 'releases', 'email', 'emails', 'e-mail', 'e-mails', 'message', 'messages', 'letter', 'letters',
  'tweet', 'tweets', 'note', 'notes', 'memo', 'memos', 'response', 'post', 'posts', 'ad', 'ads', 'advertisement', 'advertisements',
  'report', 'reports', 'story', 'article', 'editorial', 'video', 'videos', 'sign', 'signs', 'banner', 'banners', 'flier', 'fliers',
  'mailer', 'mailers', 'petition', 'cover', 'notice', 'text', 'call', 'calls',
]);

/**
 * Verbs (all forms) of putting out a message, whose subject is the sender of their object: "*issued*
 * a statement", "*sent out* a text", "*fired back* a response", "*carried* signs". A particle after
 * them ("put out", "sent out", "fired back") is stepped over. Written by hand from the same cases.
 */
export const MESSAGE_SENDING_VERBS: ReadonlySet<string> = new Set([
  'issue', 'issues', 'issued', 'issuing', 'release', 'releases', 'released', 'releasing', 'put', 'puts', 'putting',
  'send', 'sends', 'sent', 'sending', 'fire', 'fires', 'fired', 'firing', 'publish', 'publishes', 'published', 'publishing',
  'post', 'posts', 'posted', 'posting', 'run', 'runs', 'ran', 'running', 'air', 'airs', 'aired', 'airing',
  'place', 'places', 'placed', 'placing', 'distribute', 'distributes', 'distributed', 'distributing',
  'circulate', 'circulates', 'circulated', 'circulating', 'carry', 'carries', 'carried', 'carrying',
  'write', 'writes', 'wrote', 'written', 'writing', 'pen', 'pens', 'penned', 'penning', 'tweet', 'tweets', 'tweeted', 'tweeting',
  'email', 'emails', 'emailed', 'emailing',
]);

/** Particles between a verb of sending and its message: "put *out* a statement", "fired *back* a response". */
export const MESSAGE_SENDING_PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'off', 'up']);

/**
 * Prepositions that open an absolute clause, a noun phrase with its participle: "*with* 30 percent
 * of voters saying they approve, …" (Huddleston & Pullum 2002, ch. 14 §9.2). The clause, and the
 * content of its participle, ends at the next comma.
 */
export const ABSOLUTE_CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'without']);

// ---------------------------------------------------------------------------------------------
// The object of a participle that modifies a noun phrase ("Voters backing the mayor turned out"):
// src/extract/reporting-clause.ts ends it before the verb of the clause around it, but a past
// form after these words is itself a participle, not that verb. Picked by hand from English
// grammar (Huddleston & Pullum ch. 14, participial modifiers), not learned from data.

/** Words after which a past form is a participle ("portraying her *as* focused on taxes"). */
export const PARTICIPLE_PRECEDERS: ReadonlySet<string> = new Set(['as', 'be', 'being', 'been', 'get', 'got']);

/** Prepositions that name the agent of a passive participle ("the facts reported *by* the agency"). */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['by']);

/**
 * Forms of "have" that make the participle after them perfect and active ("has known him since
 * 1990", "having since left"). Standard grammar (Huddleston & Pullum, ch. 3, the perfect).
 */
export const PERFECT_HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', "'ve", "'d", '\u2019ve', '\u2019d']);

/**
 * Prepositions whose phrase post-modifies a subject's head ("leaders *across* the region", "a
 * statement *by* the two"); "of", "for", "in" and the like already join one noun phrase
 * (NOUN_PHRASE_JOINERS). Standard grammar (Huddleston & Pullum, ch. 7, prepositional
 * post-modifiers).
 */
export const HEAD_POSTMODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'across', 'among', 'with', 'about', 'inside', 'within', 'around', 'throughout', 'outside']);

/**
 * Prepositions whose object completes a verb inside a post-modifier ("spoke *with*", "obtained *by*",
 * "marching *through*"); subordinators tagged as prepositions ("as", "after", "while") open a clause
 * whose subject may well be the speaker, and "of", "for", "at" join one noun phrase. Standard
 * grammar (Huddleston & Pullum, ch. 7, prepositional verbs).
 */
export const POST_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'by', 'about', 'against', 'toward', 'towards', 'through', 'across']);
