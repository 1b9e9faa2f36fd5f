/**
 * A speaker's role ("Spokeswoman", "a lawyer") and affiliation ("US State Department", "the family")
 * where the text gives them: a title or role noun inside the mention ("White House spokesman Josh
 * Earnest"), an apposition ("Jane Roe, a lawyer for the family"), a "ROLE for/of ORG" phrase, or
 * the institution named just before a speaker who speaks for one.
 */
import { INSTITUTIONAL_ROLES } from '../lexicon/institutions.js';
import { speakerNounByForm, speakerTitleByWord } from '../lexicon/index.js';

/** Person nouns too general to be a role. */
const NOT_ROLES = new Set(['people', 'man', 'woman', 'men', 'women', 'person', 'one', 'source', 'sources', 'witness']);
const AFFILIATION_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from']);

/** What the words of a mention say about the speaker's role and affiliation. */
export interface RoleInfo {
  role?: string;
  affiliation?: string;
}

const isRoleWord = (w: string) => {
  const lower = w.toLowerCase().replace(/\.$/u, '');
  return !NOT_ROLES.has(lower) && (speakerNounByForm.get(lower)?.kind === 'person' || speakerTitleByWord.has(lower));
};

/** Strips a leading article: an affiliation is a name ("US State Department"), not a mention. */
export function bareName(text: string): string {
  return text.replace(/^(the|a|an)\s+/iu, '').trim();
}

/**
 * Role and affiliation inside one phrase ("White House spokesman Josh Earnest", "a lawyer for the
 * family"). In a name (`describesName`), a role word counts only before the name or with an
 * affiliation: "Rebels" alone is the speaker, not a role.
 */
function fromPhrase(phrase: string, describesName: boolean): RoleInfo {
  const words = phrase.trim().split(/\s+/u);
  // a role word that modifies a following common noun ("rebel faction") is not the role
  const modifiesNoun = (k: number) => {
    const next = words[k + 1];
    return next !== undefined && /^\p{Ll}/u.test(next) && !AFFILIATION_PREPOSITIONS.has(next.toLowerCase());
  };
  const r = words.findIndex((w, k) => isRoleWord(w) && !modifiesNoun(k));
  if (r < 0) return {};
  const prep = words.findIndex((w, k) => k > r && AFFILIATION_PREPOSITIONS.has(w.toLowerCase()));
  const nameFollows = words.slice(r + 1).some(w => /^\p{Lu}/u.test(w));
  // "a spokeswoman", "the mayor": a lower-case role noun after an article describes, it names no one
  // (singular only: "the rebels" is a group speaking, as "Rebels" is)
  const common = r > 0 && /^(the|a|an)$/iu.test(words[0]!) && /^\p{Ll}/u.test(words[r]!)
    && speakerNounByForm.get(words[r]!.toLowerCase())?.lemma === words[r]!.toLowerCase();
  if (describesName && !nameFollows && prep < 0 && !common) return {};
  const info: RoleInfo = { role: words[r]!.replace(/[,.]$/u, '') };
  const before = words.slice(0, r).filter(w => !/^(the|a|an|former|then)$/iu.test(w));
  if (before.length && before.every(w => /^\p{Lu}/u.test(w))) info.affiliation = before.join(' ');
  if (prep > r && prep + 1 < words.length) info.affiliation = bareName(words.slice(prep + 1).join(' ').replace(/[,.]$/u, ''));
  return info;
}

/** Role and affiliation from the mention's own words (name part, then apposition). */
export function roleOf(mention: string): RoleInfo {
  const [name, ...rest] = mention.split(',');
  const own = fromPhrase(name!, true);
  const apposition = rest.join(',').trim() ? fromPhrase(rest.join(','), false) : {};
  return { role: own.role ?? apposition.role, affiliation: own.affiliation ?? apposition.affiliation };
}

/** Whether a role speaks for an institution, so that context may supply the affiliation. */
export function speaksForInstitution(role: string): boolean {
  return INSTITUTIONAL_ROLES.has(role.toLowerCase());
}
