/**
 * Abbreviations written with a final period inside a sentence, for repairing sentence splits.
 *
 * compromise knows most of these (`nlp.world().model.one.abbreviations`), but it looks a word up only
 * when it stands alone after a space, so it splits after "then-Sen.", "“Mr.", "(Gov." and after
 * abbreviations missing from its list ("Pres.", "Govs.", "No.", "vs.", "Nev."). On PolNeAR train
 * 75 sentences (dev: 13) ended after one of these while the next word went on with the sentence
 * (the next began with a name after a title, a digit after "No." or a month, or a
 * lower-case word).
 *
 * Sources: the AP Stylebook's abbreviations of titles before a full name (Gov., Lt. Gov., Rep., Sen.,
 * the Rev., military ranks), of months with a date and of state names with a city or a party
 * ("D-Nev."); the courtesy titles of the New York Times style (Mr., Mrs., Ms., Dr.); and compromise's
 * list above for the rest. Words are lower case, without the period.
 *
 * Each set says what must follow for the period not to end the sentence: an abbreviation that can
 * end a sentence ("Jr.", "Inc.", "Calif.") continues it only before a lower-case word.
 */

/** Titles that stand before a name: the sentence goes on when a capitalized word follows ("then-Sen. Jo Park"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // courtesy and professional titles
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'msgr', 'hon', 'atty', 'supt', 'det', 'insp',
  // political titles (AP: abbreviated before a full name)
  'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'pres', 'amb', 'sec', 'secs', 'treas', 'gen',
  // military ranks (AP "military titles")
  'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'comdr', 'brig', 'spec',
]);

/** Abbreviations before a number: the sentence goes on when a digit follows ("the No. 2 official", "Sept. 11"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'pp', 'art', 'ch', 'fig', 'sec',
  // months (AP: abbreviated only with a date)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that never end a sentence: the sentence goes on whatever follows ("rent vs. wages"). */
export const LINKING_ABBREVIATIONS: ReadonlySet<string> = new Set(['vs', 'v']);

/**
 * Abbreviations that may end a sentence: it goes on only when a lower-case word follows
 * ("Acme Inc. said", "D-Nev. and").
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // after names
  'jr', 'sr', 'esq', 'inc', 'corp', 'co', 'ltd', 'bros', 'llc', 'assn', 'dept', 'univ',
  // places
  'st', 'mt', 'ft', 'ave', 'blvd', 'rd', 'hwy',
  // AP state abbreviations
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
  // Latin and other
  'etc', 'approx', 'est', 'cf',
]);

/**
 * Capitalized words that begin a new sentence after a dotted abbreviation ("fled to the U.S. They
 * were", "at 7 p.m. He left"), where compromise never splits: subject pronouns and "the", which cannot
 * go on a noun phrase that ends in an abbreviation. PolNeAR train: 12 sentences split so, dev: none.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'we', 'they', 'the', 'this', 'there']);
