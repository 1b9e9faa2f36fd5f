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
