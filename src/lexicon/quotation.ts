/**
 * Closed-class words that end the speaker phrase of a reporting clause after a quotation
 * ("“…,” said a city official *who* asked not to be named", "“…,” said the mayor *during* a rally").
 * Standard grammar lists (relative pronouns, subordinators, prepositions of time, place and manner),
 * written out from a reference grammar (Huddleston & Pullum, The Cambridge Grammar of the English
 * Language, ch. 7, 11, 12); nothing here is learned from data.
 */

/**
 * Words after which the speaker phrase is over: a relative clause, a subordinate clause or a
 * circumstance begins. "of" is absent on purpose: "one of two witnesses", "a spokesman of the party".
 */
export const SPEAKER_PHRASE_ENDERS: ReadonlySet<string> = new Set([
  // relative pronouns
  'who', 'whom', 'whose', 'which', 'that',
  // subordinators
  'when', 'while', 'as', 'because', 'after', 'before', 'since', 'if', 'although', 'though', 'until', 'once',
  // prepositions of time, place, manner and medium
  'in', 'on', 'at', 'during', 'to', 'with', 'without', 'from', 'by', 'via', 'over', 'into', 'about', 'amid',
  'after', 'through', 'following', 'like', 'than',
]);

/**
 * Punctuation between a quotation that opens a sentence and the words after it that makes those words
 * a reporting clause: a comma, "?" or "!" ("“…,” said", "“…?” she asked"), or a dash ("“…” — the
 * mayor"). A full stop would end the sentence. Standard punctuation of quotations (The Chicago Manual
 * of Style, 6.40, 6.85).
 */
export const CLAUSE_AFTER_QUOTATION = /[,?!\u2014\u2013]|--|\s-\s/u;

/**
 * Verbs of saying, writing and manner of speaking that put their speaker after them when they follow
 * a quotation ("“…,” tweeted the senator", "“…,” reads the sign"), beside grammar.ts's
 * INVERSION_VERBS. From Levin (1993), English Verb Classes and Alternations: "say" verbs (37.7),
 * manner of speaking (37.3), complain verbs (37.8), and writing and publishing verbs (25.2, 25.4),
 * limited to lemmas of the cue lexicon. Verbs of perception and evidence ("shows", "finds") are left
 * out: "“…,” shows the map" is not a report.
 */
export const QUOTE_INVERSION_VERBS: ReadonlySet<string> = new Set([
  'tweet', 'retweet', 'post', 'read', 'email', 'publish', 'chant', 'yell', 'scream', 'cry', 'murmur', 'mutter',
  'whine', 'grumble', 'gripe', 'interject', 'retort', 'rebut', 'boast', 'brag', 'plead', 'beg', 'implore', 'preach',
  'recite', 'confide', 'lament', 'proclaim', 'complain', 'confess', 'concede', 'assert', 'affirm', 'reiterate',
  'recount', 'relate', 'caution', 'scold', 'chide', 'mock', 'deride', 'quote', 'utter', 'contend', 'maintain',
  'stress', 'emphasize', 'clarify', 'vow', 'promise', 'pledge', 'reason', 'speculate', 'wonder',
]);

/**
 * Cue lemmas that go on reporting the same speaker's words ("“A,” he said, adding that … “B.”"): a
 * quotation after such a clause belongs to it, not to the claim before it. Verbs of continuing a
 * discourse from Levin (1993), "say" verbs (37.7) and "continue" (55.1), limited to the cue lexicon;
 * PolNeAR train annotates the quotation after "adding that …" with "adding" in four of five cases.
 */
export const SPEECH_CONTINUING_CUES: ReadonlySet<string> = new Set(['add', 'say', 'continue', 'tell', 'write', 'reiterate', 'repeat']);

/**
 * Subjects that name no speaker before a colon and a quotation: expletives and deictics ("it gets
 * better:", "here is the passage:", "this is what she wrote:"). Standard grammar (Huddleston &
 * Pullum, ch. 16, dummy pronouns; ch. 17, deixis).
 */
export const NON_SPEAKER_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'these', 'those', 'here', 'there', 'what', 'which']);

/** Words that lead a name into a colon without being part of it ("From the report:", "More from Jones:"). */
export const SOURCE_LEADS: ReadonlySet<string> = new Set(['from', 'more', 'here', "here's", 'via', 'per']);

/**
 * Verbs that put out a text whose words a colon then gives ("issued the following statement:",
 * "released a statement:"): Levin (1993) verbs of creation and transfer of a message (26.4, 37.4),
 * limited to lemmas of the cue lexicon.
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(['issue', 'release', 'publish', 'post', 'send', 'email']);
