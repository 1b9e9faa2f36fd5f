/**
 * Words that mark where reported content ends. Picked by hand from news writing's stock phrases for
 * the occasion of a statement ("at a rally", "during a debate", "in a town hall"), beside the media of
 * src/lexicon/cue-complements.ts; nothing here is learned from data.
 */

/** Nouns of the occasion on which something was said: "criticized the plan *at a rally* in Ohio". */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'rally', 'debate', 'conference', 'hearing', 'event', 'forum', 'meeting', 'summit', 'convention', 'hall', 'stop',
  'fundraiser', 'luncheon', 'dinner', 'breakfast', 'ceremony', 'address', 'session', 'visit', 'tour', 'program', 'show',
  'podcast', 'media', 'broadcast', 'op-ed', 'column', 'book', 'memoir', 'essay', 'article', 'blog', 'website',
  'page', 'channel', 'account', 'feed', 'site',
]);

/** Prepositions that open an occasion or medium phrase after content ("at a rally", "in a tweet", "on Twitter"). */
export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during']);

/**
 * Prepositions that open an argument of the reporting verb rather than a circumstance ("thanked him
 * *for* his vote", "described it *as* unfair", "spoke *about* taxes"); after an occasion phrase they
 * show that the content goes on.
 */
export const ARGUMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'as', 'about', 'of', 'over', 'against']);

/**
 * Subordinators of time sequence: after a comma they start the writer's account of what happened
 * around the statement ("said the bridge was safe, after engineers inspected it"), which ends even a
 * reported clause. "when", "as" and "because" are left out: PolNeAR train's contents run on past them
 * as often as not (ending there lowers end-to-end F1).
 */
export const SEQUENCE_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before']);

/**
 * Subordinators of time, cause and manner (Huddleston & Pullum ch. 11 §4): with a clause of its own
 * subject after an object or an infinitive phrase ("opposed the plan *as he* prepared his own",
 * "refused to comment *when reporters* asked"), they open the circumstance of the act, not more of
 * what was said. PolNeAR train and dev end such content there more often than not.
 */
export const CIRCUMSTANCE_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'because', 'since', 'after', 'before', 'while', 'until', 'once']);

/**
 * Words that open the writer's comparison after a comma ("52 percent said the tax was fair,
 * *compared with* 41 percent in May"): poll reporting's stock phrases.
 */
export const COMPARISON_OPENERS: ReadonlySet<string> = new Set(['compared']);

/** Articles that open a noun phrase in apposition to a whole statement (", a sign of …", ", the third delay this year"). */
export const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Participles that work as prepositions (Huddleston & Pullum ch. 7 §9, "including", "regarding"): after
 * a comma they extend the noun phrase before them ("wants new taxes, including one on sugar"), so they
 * start no participle clause of the subject's.
 */
export const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'excluding', 'regarding', 'concerning', 'involving']);

/**
 * Subordinators that "even" turns concessive (Huddleston & Pullum ch. 11 §4: "even though", "even
 * if", "even as"): after a comma they open the writer's concession against the statement ("said the
 * plan works, even though costs doubled"), as "although" does.
 */
export const EVEN_CONCESSIVES: ReadonlySet<string> = new Set(['though', 'if', 'as']);
