/**
 * Words that tell what kind of institution a speaker is, for the speaker types `government`,
 * `media` and `poll`, and plural role nouns that leave a speaker unidentified (`anonymous`).
 * Written by hand from newsroom style (AP Stylebook entries for government bodies and news outlets)
 * and checked against the heads of PolNeAR train sources (`scripts/lexicon-stats.mjs sources`).
 * Lower case; a multiword name is matched on its last word.
 */

/** Heads and names of government bodies: "the Defense Ministry", "the Kremlin", "police". */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'ministries', 'department', 'administration', 'agency', 'agencies', 'police', 'army',
  'military', 'navy', 'pentagon', 'kremlin', 'congress', 'senate', 'parliament', 'council', 'embassy', 'consulate',
  'commission', 'bureau', 'cabinet', 'presidency', 'fbi', 'cia', 'nsa', 'irs', 'epa', 'dhs', 'doj', 'justice',
  'treasury', 'state', 'court', 'courts', 'prosecutors', 'prosecutor', 'authorities', 'authority', 'regime',
  'legislature', 'assembly', 'mayor\'s', 'governor\'s', 'white', 'house', 'un', 'nato', 'eu',
]);

/** Words that end or are the names of news outlets: "The New York Times", "CNN", "The Associated Press". */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'globe',
  'chronicle', 'magazine', 'newspaper', 'press', 'reuters', 'ap', 'afp', 'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs',
  'npr', 'bbc', 'bloomberg', 'politico', 'axios', 'breitbart', 'huffpost', 'buzzfeed', 'vox', 'slate', 'atlantic',
  'economist', 'reporter', 'reporters', 'outlet', 'outlets', 'network', 'networks', 'broadcaster', 'tabloid', 'daily',
  'wire', 'insider', 'hill', 'examiner', 'caller', 'beast', 'intercept', 'rt', 'media',
]);

/** Heads of polls, surveys and data as sources: "polls show", "a Quinnipiac survey". */
export const POLL_WORDS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'data', 'numbers', 'figures', 'statistics', 'census', 'tally',
  'estimate', 'estimates', 'average', 'averages', 'pollster', 'pollsters',
]);

/**
 * Plural role nouns that stand for unidentified speakers when no name comes with them: "officials
 * said", "sources say", "experts warn".
 */
export const ANONYMOUS_PLURALS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'aides', 'advisers', 'advisors', 'analysts', 'experts', 'insiders', 'witnesses',
  'observers', 'critics', 'people', 'residents', 'diplomats', 'lawmakers', 'strategists', 'staffers', 'allies',
]);

/**
 * Roles that speak for an institution: when the text names no affiliation beside them, the
 * institution mentioned just before is the one ("The ministry denied it. A spokesman said …").
 */
export const INSTITUTIONAL_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'secretary', 'aide', 'adviser', 'advisor',
  'ambassador', 'director', 'chairman', 'chairwoman', 'chair', 'representative', 'press secretary', 'deputy',
  'commander', 'chief', 'officer', 'lawyer', 'attorney', 'counsel',
]);

/** Nouns for organized groups that a name may follow: "the rebel faction Jaish al-Nasr", "the bloc". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'faction', 'factions', 'bloc', 'militia', 'movement', 'coalition', 'alliance', 'organization', 'organisation',
  'party', 'union', 'federation', 'association', 'foundation', 'institute', 'network', 'firm', 'company', 'group',
]);
