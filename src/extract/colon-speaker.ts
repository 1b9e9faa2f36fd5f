/**
 * Rule `colon-speaker`: a paragraph that opens with a name and a colon gives that name's words:
 * transcripts ("SMITH: We will win.") and headlines ("Jane Roe: The Law Must Change"). The name is
 * one to six capitalised words; editorial labels ("Update:", "Photo:") are not speakers.
 */
import type { AnalyzedText, DraftClaim, Paragraph } from '../document.js';
import { EDITORIAL_LABELS } from '../lexicon/grammar.js';
import { speakerNounByForm } from '../lexicon/index.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import { quoteAt } from './context.js';
import type { Region } from './content.js';
import { isVerb } from './tokens.js';

/** An optional opening mark, one to six capitalised words, a colon, then the content. */
const NAME_COLON = /^(["\u201c]?)((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,5}\p{Lu}[\p{L}.'\u2019-]*):\s+(?=\S)/u;

/** The claim of a paragraph opening with "NAME:", if it does. */
export function extractColonSpeaker(analysis: AnalyzedText, paragraph: Paragraph): DraftClaim[] {
  const { text, quoted, sentences, quotes } = analysis;
  const m = NAME_COLON.exec(paragraph.text);
  if (!m || EDITORIAL_LABELS.has(m[2]!.toLowerCase().replace(/\u2019/gu, "'"))) return [];
  const nameStart = paragraph.start + m[1]!.length;
  const colon = nameStart + m[2]!.length;
  const contentStart = paragraph.start + m[0].length;
  // a transcript turn inside a multi-paragraph quotation runs to the quotation's end
  const quote = m[1] ? quoteAt(quotes, paragraph.start) : undefined;
  const pieces: Region[] = [{ start: contentStart, end: paragraph.end }];
  if (quote) {
    // later paragraphs of the same quotation, up to the next speaker's turn
    const rest = quote.pieces.filter(p => p.start > paragraph.end);
    for (const p of rest) {
      if (NAME_COLON.test(text.slice(p.start, p.end))) break;
      pieces.push({ start: p.start, end: p.end });
    }
  }
  const sentence = sentences.find(s => s.paragraph === paragraph.index);
  if (!sentence) return [];
  // a name has no verb: "The Gap Goes On:" is a headline, not a speaker; "Poll:" and "Report:" are
  // lexicon speaker nouns, whatever the tagger makes of them
  const nameTokens = sentence.tokens.filter(t => t.start >= nameStart && t.end <= colon);
  if (nameTokens.some(t => t.tags.has('Verb') && !t.tags.has('ProperNoun') && !t.tags.has('Noun') && !speakerNounByForm.has(t.lower))) return [];
  // "Clinton: 547.", "Contributing: Grant Miller.", "Twitter: @handle": a label with a figure, a name
  // or an address reports nothing; a short content with no verb is such a tally or credit line (a
  // longer one may be a title-case headline, whose verbs the tagger takes for names)
  if (!quote && !quoted[contentStart] && isVerblessLabel(analysis, paragraph, contentStart)) return [];
  const claim = makeClaim({ text, quoted, sentence }, {
    speaker: spanOf(text, nameStart, colon), cue: { ...spanOf(text, colon, colon + 1), lemma: ':' }, pieces, rule: 'colon-speaker',
  });
  return claim ? [claim] : [];
}

/** How many words a verbless colon content may have and still be a credit line or a tally ("Contributing: Ana Ruiz and Lee Park"). */
const LABEL_CONTENT_WORDS = 4;

/** How many commas make a verbless content a roll of names ("Iowa: Ana Ruiz, Lee Park, Ida Holm, …"). */
const ROLL_COMMAS = 3;

/**
 * Whether the paragraph from offset `from` is a few words with no verb, or a roll of names: commas
 * between capitalised words and no verb, which lists people (a roster under a state's name) and
 * reports nothing.
 */
function isVerblessLabel(analysis: AnalyzedText, paragraph: Paragraph, from: number): boolean {
  const words = analysis.sentences.filter(s => s.paragraph === paragraph.index).flatMap(s => s.tokens.filter(t => t.start >= from));
  if (words.some(isVerb)) return false;
  if (words.length <= LABEL_CONTENT_WORDS) return true;
  const rest = analysis.text.slice(from, paragraph.end);
  return (rest.match(/,/gu) ?? []).length >= ROLL_COMMAS && words.every(t => /^[\p{Lu}\p{N}]/u.test(t.text) || t.lower === 'and');
}
