/**
 * Types of the lexicon data. Every list in `src/lexicon/` is plain data typed here; `index.ts` checks
 * it once at load time and builds the lookups. Provenance of every list: `README.md` beside this file.
 *
 * All words are lower case. "PolNeAR train" numbers come from `scripts/lexicon-stats.mjs` run on
 * `polnear-train.jsonl` (840 articles, 19,832 attributions): a word is a cue use when it overlaps an
 * annotated cue span. PolNeAR annotates only outermost attributions, so precision is a lower bound.
 */

/**
 * What a cue says about the source's relation to the content.
 * - `asserts`: presents the content as true or simply relays it, including evaluative speech acts
 *   ("said", "told", "warned", "praised", "criticized").
 * - `claims`: puts forward something contestable ("claimed", "argued", "insisted", "alleged").
 * - `denies`: rejects the content ("denied", "rejected", "dismissed", "disputed").
 * - `concedes`: grants the content, often reluctantly ("admitted", "acknowledged", "conceded").
 * - `asks`: questions or requests ("asked", "urged", "called for", "demanded", "wondered").
 * - `believes`: a mental state, wish or intention, not a speech act ("thinks", "wants", "plans", "fears").
 * - `reports`: evidence or a document speaks ("a poll shows", "the study found", "estimated").
 */
export type Stance = 'asserts' | 'claims' | 'denies' | 'concedes' | 'asks' | 'believes' | 'reports';

/** Every stance, in a fixed order (for validation and tables). */
export const STANCES: readonly Stance[] = ['asserts', 'claims', 'denies', 'concedes', 'asks', 'believes', 'reports'];

/**
 * What follows a cue verb and carries the content.
 * - `clause`: a finite clause, that-clause or direct quotation ("said that …", "said: “…”").
 * - `object`: a noun phrase is the content ("denied the report", "claimed responsibility").
 * - `to-infinitive`: a to-infinitive ("wants to …", "plans to …", "pledged to …").
 * - `complement`: object plus predicate ("called it a disgrace", "described him as reckless").
 * - `prep`: a preposition or particle from the entry's `preps` ("called for …", "pointed to …").
 */
export type Frame = 'clause' | 'object' | 'to-infinitive' | 'complement' | 'prep';

/** Every frame, in a fixed order. */
export const FRAMES: readonly Frame[] = ['clause', 'object', 'to-infinitive', 'complement', 'prep'];

/** Counts measured in PolNeAR train for one entry (all its forms together). */
export interface TrainCounts {
  /** Occurrences of the entry's forms that overlap an annotated cue span. */
  readonly uses: number;
  /** All occurrences of the entry's forms in the train texts (case-insensitive, whole words). */
  readonly occurrences: number;
  /** `uses / occurrences`, rounded to 2 decimals; 0 when the entry never occurs. */
  readonly precision: number;
}

/** A verb's five forms: base, third person singular, past, past participle, -ing. */
export type VerbForms = readonly [base: string, thirdPerson: string, past: string, participle: string, gerund: string];

/** Train counts of a verb, with a `[uses, occurrences]` pair per form. */
export interface VerbTrainCounts extends TrainCounts {
  /** `[uses, occurrences]` for each of `forms`, in the same order (past and participle may repeat). */
  readonly forms: readonly (readonly [number, number])[];
}

/** A reporting, cognition or intention verb that can head an attribution cue. */
export interface CueVerb {
  /** Dictionary form ("say"). */
  readonly lemma: string;
  /** The inflected forms; `forms[0] === lemma`. */
  readonly forms: VerbForms;
  /** What the cue says about the source's relation to the content. */
  readonly stance: Stance;
  /** What can follow the verb and carry the content, most typical first. */
  readonly frame: readonly Frame[];
  /** Prepositions or particles for the `prep` frame ("for", "on" for "call"). */
  readonly preps?: readonly string[];
  /**
   * `false` when the verb alone is not a cue and it needs one of `preps` or the `complement` frame
   * ("called for", "called it a lie", but not "she called him on Monday"). Absent means true.
   */
  readonly bare?: false;
  /** Measured in PolNeAR train. */
  readonly train: VerbTrainCounts;
  /** Where the entry comes from: lexical resource class and/or the measurement. */
  readonly source: string;
}

/**
 * How a cue noun attaches to the content or to a reporting clause.
 * - `channel`: the noun names the medium in a prepositional phrase of a reporting clause ("said in a
 *   statement", "in an interview with the paper, she said", "during a press conference").
 * - `that-clause`: a that-clause complement ("his claim that …", "the belief that …").
 * - `to-infinitive`: a to-infinitive ("her plan to …", "a promise to …").
 * - `prep`: a prepositional object from the entry's `preps` ("criticism of …", "support for …").
 * - `according-to`: the object of "according to" ("according to a report").
 */
export type NounAttachment = 'channel' | 'that-clause' | 'to-infinitive' | 'prep' | 'according-to';

/** Every noun attachment, in a fixed order. */
export const NOUN_ATTACHMENTS: readonly NounAttachment[] = ['channel', 'that-clause', 'to-infinitive', 'prep', 'according-to'];

/** Train counts of a noun, with a `[uses, occurrences]` pair per form. */
export interface NounTrainCounts extends TrainCounts {
  /** `[uses, occurrences]` for the singular and the plural, in the order of `forms`. */
  readonly forms: readonly (readonly [number, number])[];
}

/** A noun that can carry or mark an attribution ("statement", "claim", "interview"). */
export interface CueNoun {
  /** Singular ("statement"). */
  readonly lemma: string;
  /** Singular and plural; `forms[0] === lemma`. */
  readonly forms: readonly [singular: string, plural: string];
  /** What the cue says about the source's relation to the content. */
  readonly stance: Stance;
  /** How the noun attaches, most typical first. */
  readonly attach: readonly NounAttachment[];
  /** Prepositions for the `prep` attachment ("of" for "criticism of"). */
  readonly preps?: readonly string[];
  /**
   * Measured in PolNeAR train, per word form: the counts of "claims", "calls" or "supports" include
   * their verb uses, since the script does not tag parts of speech.
   */
  readonly train: NounTrainCounts;
  /** Where the entry comes from. */
  readonly source: string;
}

/**
 * The construction a cue phrase belongs to.
 * - `prepositional`: a preposition-like cue before the source ("according to X", "in X's view").
 * - `parenthetical`: an "as" clause around the source ("as X put it", "as X noted").
 * - `adverb`: a sentence adverb that marks hearsay with no source ("reportedly", "allegedly").
 * - `passive`: an impersonal or passive frame with no source ("it was reported that", "is said to").
 * - `raising`: a raising verb whose subject belongs to the content, not to a source ("seems to").
 * - `verbal`: a multiword verb ("made it clear", "pointed out", "took issue with").
 * - `adjective`: a predicative attitude adjective ("is eager to", "was confident that").
 */
export type PhraseKind = 'prepositional' | 'parenthetical' | 'adverb' | 'passive' | 'raising' | 'verbal' | 'adjective';

/** Every phrase kind, in a fixed order. */
export const PHRASE_KINDS: readonly PhraseKind[] = ['prepositional', 'parenthetical', 'adverb', 'passive', 'raising', 'verbal', 'adjective'];

/**
 * Where the speaker stands relative to a cue phrase.
 * - `after`: the noun phrase right after the phrase ("according to *the senator*").
 * - `slot`: the `*` inside the pattern ("as *the senator* put it").
 * - `subject`: the grammatical subject of the clause ("*the senator* made it clear").
 * - `none`: the phrase names no speaker ("reportedly", "it is believed that").
 */
export type SpeakerPosition = 'after' | 'slot' | 'subject' | 'none';

/** Every speaker position, in a fixed order. */
export const SPEAKER_POSITIONS: readonly SpeakerPosition[] = ['after', 'slot', 'subject', 'none'];

/** A multiword, prepositional, adverbial or adjectival cue. */
export interface CuePhrase {
  /**
   * Lower-case words separated by single spaces; `*` stands for the speaker, one to four words
   * ("as * put it"). Words are tokens as the extractor sees them (no punctuation).
   */
  readonly pattern: string;
  /** The construction. */
  readonly kind: PhraseKind;
  /** What the cue says about the source's relation to the content. */
  readonly stance: Stance;
  /** Where the speaker stands. */
  readonly speaker: SpeakerPosition;
  /** What carries the content after the phrase. */
  readonly frame: Frame;
  /**
   * Measured in PolNeAR train: occurrences of the pattern (slot filled by 1–4 words) and how many
   * have a non-slot word inside an annotated cue.
   */
  readonly train: TrainCounts;
  /** Where the entry comes from. */
  readonly source: string;
}

/** The kind of a word annotators include in a cue span next to the cue verb. */
export type ModifierKind = 'auxiliary' | 'negation' | 'adverb';

/**
 * A word that PolNeAR annotators put inside the cue span when it stands just before a cue verb
 * ("*has also* said", "*did not* say", "*repeatedly* argued"). Not a cue by itself.
 */
export interface CueModifier {
  /** The word, lower case. */
  readonly word: string;
  /** Auxiliary, negation or adverb. */
  readonly kind: ModifierKind;
  /**
   * Measured in PolNeAR train over occurrences up to three words before a cue-verb form that lies
   * in an annotated cue: `uses` counts those where the modifier is inside the cue span too.
   */
  readonly train: TrainCounts;
  /** Where the entry comes from. */
  readonly source: string;
}

/**
 * What a speaker noun names. Maps onto the shared `SpeakerType`: a plural `person` noun is a
 * `group`, and `document` becomes `other`.
 * - `person`: a role or description of an individual ("spokeswoman", "senator", "witness").
 * - `group`: an inherently collective noun ("crowd", "public", "majority", "media").
 * - `organization`: the head of an institution's name or description ("campaign", "ministry").
 * - `document`: a text, poll or record that "says" something ("poll", "report", "records").
 */
export type SpeakerNounKind = 'person' | 'group' | 'organization' | 'document';

/** Every speaker noun kind, in a fixed order. */
export const SPEAKER_NOUN_KINDS: readonly SpeakerNounKind[] = ['person', 'group', 'organization', 'document'];

/** How often a speaker word heads or sits in annotated sources in PolNeAR train. */
export interface SourceCounts {
  /** Times a form was the head of an annotated source span (last word before "of", "for", "who" …). */
  readonly heads: number;
  /** Times a form lay anywhere inside an annotated source span. */
  readonly inSource: number;
  /** All occurrences of the forms in the train texts (possessive "'s" included). */
  readonly occurrences: number;
}

/** A common noun that heads speaker mentions ("the spokeswoman", "officials", "a new poll"). */
export interface SpeakerNoun {
  /** Singular (or the only form: "police", "media"). */
  readonly lemma: string;
  /** Singular and plural, or just one form when they coincide; `forms[0] === lemma`. */
  readonly forms: readonly string[];
  /** What it names. */
  readonly kind: SpeakerNounKind;
  /** Measured in PolNeAR train. */
  readonly train: SourceCounts;
  /** Where the entry comes from. */
  readonly source: string;
}

/** A title or role word written before a personal name ("Sen.", "President", "Mr."). */
export interface SpeakerTitle {
  /** Lower case, without a final period ("sen" matches "Sen." and "Sen"). */
  readonly word: string;
  /** True for abbreviations normally written with a period ("mr", "sen", "gov"). */
  readonly abbreviation: boolean;
  /** Measured in PolNeAR train: times the word stood before a capitalized word inside a source span. */
  readonly train: { readonly beforeName: number; readonly occurrences: number };
  /** Where the entry comes from. */
  readonly source: string;
}

/** A capitalized word that ends (or alone is) an organization's name ("Times", "Department", "CNN"). */
export interface OrganizationWord {
  /** Lower case. */
  readonly word: string;
  /** True when the word alone names an organization ("cnn", "fbi"); false for name endings ("times"). */
  readonly standalone: boolean;
  /** Measured in PolNeAR train: times the capitalized word headed a multiword source, or stood in one. */
  readonly train: { readonly heads: number; readonly occurrences: number };
  /** Where the entry comes from. */
  readonly source: string;
}

/**
 * A marker that the speaker is not identified.
 * - `determiner`: starts the mention ("a", "one", "some", "an unnamed").
 * - `modifier`: an adjective inside it ("a *senior* official", "an *unnamed* source").
 * - `postmodifier`: follows the head ("a person *familiar with* the talks", "*who spoke on condition
 *   of anonymity*").
 */
export type UnnamedPosition = 'determiner' | 'modifier' | 'postmodifier';

/** A word or phrase marking an unnamed speaker. */
export interface UnnamedMarker {
  /** Lower-case words separated by single spaces. */
  readonly pattern: string;
  /** Where it stands in the mention. */
  readonly position: UnnamedPosition;
  /** Measured in PolNeAR train: times it stood inside (first word of, for determiners) a source span. */
  readonly train: { readonly inSource: number };
  /** Where the entry comes from. */
  readonly source: string;
}

/** Grammatical person of a pronoun. */
export type Person = 1 | 2 | 3;

/** Grammatical number; `any` for "you", "who" and singular-or-plural "they". */
export type GrammaticalNumber = 'singular' | 'plural' | 'any';

/** Gender a pronoun implies about its referent; `any` when it implies none. */
export type Gender = 'masculine' | 'feminine' | 'neuter' | 'any';

/** Whether a referent is a person (animate), a thing or institution (inanimate), or either. */
export type Animacy = 'animate' | 'inanimate' | 'any';

/** The pronoun's case or function. */
export type PronounCase = 'subject' | 'object' | 'possessive' | 'independent-possessive' | 'reflexive' | 'relative';

/**
 * How a pronoun form can be a speaker mention.
 * - `subject`: "*she* said".
 * - `possessor`: with a cue noun, "*his* claim that …", "in *their* statement".
 * - `object`: after a preposition cue, "according to *him*".
 * - `none`: not a speaker mention ("herself", "ours").
 */
export type SpeakerUse = 'subject' | 'possessor' | 'object' | 'none';

/** A personal or relative pronoun form. */
export interface Pronoun {
  /** The form, lower case ("he", "his"). */
  readonly form: string;
  /** 1, 2 or 3 (relative pronouns: 3). */
  readonly person: Person;
  /** Singular, plural or either. */
  readonly number: GrammaticalNumber;
  /** Gender implied. */
  readonly gender: Gender;
  /** Animacy implied ("it" and "which": inanimate; organizations are "it"). */
  readonly animacy: Animacy;
  /** Case or function. */
  readonly case: PronounCase;
  /** How the form can be a speaker mention. */
  readonly speakerUse: SpeakerUse;
  /**
   * Measured in PolNeAR train: `wholeSource` counts source spans that are just this word, `inSource`
   * source spans containing it, `occurrences` all its occurrences.
   */
  readonly train: { readonly wholeSource: number; readonly inSource: number; readonly occurrences: number };
  /** Where the entry comes from. */
  readonly source: string;
}

/**
 * Why a phrase reports no claim.
 * - `declined`: the source chose not to speak ("declined to comment", "would not say").
 * - `no-response`: the source did not answer ("did not respond to a request for comment").
 * - `unreachable`: the source could not be asked ("could not be reached").
 * - `no-comment`: the words "no comment" themselves.
 * - `omission`: the source left something unsaid ("did not mention").
 */
export type NonClaimKind = 'declined' | 'no-response' | 'unreachable' | 'no-comment' | 'omission';

/** Every non-claim kind, in a fixed order. */
export const NON_CLAIM_KINDS: readonly NonClaimKind[] = ['declined', 'no-response', 'unreachable', 'no-comment', 'omission'];

/** A phrase that reports that someone made no claim. */
export interface NonClaim {
  /** Lower-case words separated by single spaces. */
  readonly pattern: string;
  /** Why no claim is made. */
  readonly kind: NonClaimKind;
  /** An invented sentence showing the phrase (never corpus text). */
  readonly example: string;
  /**
   * Measured in PolNeAR train: occurrences and how many overlap an annotated cue. PolNeAR does annotate
   * many of these as attributions (the content is what was not said), so a high `precision` here
   * means "annotated", not "a real claim".
   */
  readonly train: TrainCounts;
  /** Where the entry comes from. */
  readonly source: string;
}
