/**
 * Invented news articles for benchmarks and tests: every name, place and quotation is made up from
 * the word lists below, so the output may be written anywhere. Deterministic: the same seed and
 * index give the same article. Each article reports several claims in the constructions `claims`
 * extracts (direct and indirect speech, "according to", pronoun and surname follow-ups, a colon
 * lead-in, a dash byline) among sentences that report nothing.
 *
 *   import { article, articles } from './lib/news-corpus.mjs';
 *   article(7)                      // { id: 'news-000007', text: '...' }
 *   for (const a of articles(1000, { seed: 2, bytes: 10_000 })) ...
 */

const FIRST = ['Ana', 'Tomas', 'Irena', 'Kwame', 'Lucia', 'Henrik', 'Mei', 'Oskar', 'Priya', 'Rafael', 'Sanna', 'Dmitri', 'Leila', 'Joaquin', 'Nadia', 'Emeka'];
const LAST = ['Lindqvist', 'Okafor', 'Varga', 'Moreau', 'Tanaka', 'Haddad', 'Brennan', 'Castell', 'Novak', 'Ferreira', 'Adeyemi', 'Kowalczyk', 'Rahimi', 'Ostrowski', 'Valdez', 'Quist'];
const ROLE = ['the harbour commissioner', 'a senior engineer', 'the regional governor', 'the union leader', 'a spokeswoman for the ministry', 'the council chair', 'a local farmer', 'the chief economist'];
const ORG = ['the Port Authority of Velmora', 'the Ministry of Waterways', 'the Northfield Teachers Union', 'the Arkady Rail Company', 'the Coastal Research Institute', 'the Danholm City Council'];
const PLACE = ['Velmora', 'Danholm', 'Arkady', 'Northfield', 'Lesser Brannock', 'the Oster valley'];
const THING = ['the new ferry line', 'the flood barrier', 'the school budget', 'the rail strike', 'the harbour dredging', 'the water tariff', 'the bridge repairs', 'the fishing quota'];
const CHANGE = ['would be delayed until spring', 'had cost twice the estimate', 'was never properly tested', 'would reopen within a month', 'needed another review', 'had the support of most residents', 'was about to collapse', 'would create two hundred jobs'];
const VERB = ['said', 'told reporters', 'argued', 'warned', 'insisted', 'claimed', 'stated', 'added'];
const QUOTE = ['We cannot keep waiting for the money', 'Nobody in this town asked for it', 'The numbers simply do not add up', 'This is the best plan we have seen in years', 'I have never been more confident', 'People deserve a straight answer'];
const NARRATIVE = [
  'Work on {thing} began in {place} three years ago.',
  'The first stage cost about {n} million.',
  'Crowds gathered outside the town hall in {place} on Tuesday morning.',
  'Heavy rain had closed two roads near {place} earlier in the week.',
  'The vote is scheduled for the end of the month.',
  'About {n} families live along the river in {place}.',
  'The project was approved after a long debate.',
  'Ferries to {place} ran on a reduced timetable.',
];

/** A small fast PRNG (mulberry32), so articles do not depend on Math.random. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One paragraph: a claim in one of the constructions, with narrative around it. */
function paragraph(pick, person, org) {
  const fill = (s) => s.replace('{thing}', pick(THING)).replace('{place}', pick(PLACE)).replace('{n}', String(2 + Math.floor(pick.n() * 90)));
  const narrative = () => fill(pick(NARRATIVE));
  const first = person.split(' ')[0];
  const surname = person.split(' ')[1];
  const forms = [
    () => `${person}, ${pick(ROLE)}, ${pick(VERB)} that ${pick(THING)} ${pick(CHANGE)}. ${narrative()}`,
    () => `\u201c${pick(QUOTE)},\u201d ${surname} said. ${narrative()} \u201c${pick(QUOTE)}.\u201d`,
    () => `${narrative()} According to ${org}, ${pick(THING)} ${pick(CHANGE)}.`,
    () => `${narrative()} ${pick(ORG).replace(/^the/, 'The')} said on Monday that ${pick(THING)} ${pick(CHANGE)}. It added that ${pick(THING)} ${pick(CHANGE)}.`,
    () => `${person} spoke to residents in ${pick(PLACE)}. ${first.endsWith('a') ? 'She' : 'He'} ${pick(VERB)} that ${pick(THING)} ${pick(CHANGE)}.`,
    () => `${surname.toUpperCase()}: ${pick(QUOTE)}.`,
    () => `\u201c${pick(QUOTE)}.\u201d \u2014 ${person}`,
    () => `${narrative()} ${narrative()}`,
  ];
  return pick(forms)();
}

/**
 * The article `index` of a corpus: about `bytes` characters (default 2,000), at least one claim.
 * Its first line names it, so that every document of a corpus differs.
 */
export function article(index, { seed = 1, bytes = 2000 } = {}) {
  const random = prng(seed * 1_000_003 + index);
  const pick = Object.assign((list) => list[Math.floor(random() * list.length)], { n: random });
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const org = pick(ORG);
  const id = `news-${String(index).padStart(6, '0')}`;
  const parts = [`Report ${id} from ${pick(PLACE)}`, `${person} said on ${pick(['Monday', 'Friday', 'Sunday'])} that ${pick(THING)} ${pick(CHANGE)}.`];
  let length = parts.join('\n\n').length;
  while (length < bytes) {
    const p = paragraph(pick, pick.n() < 0.6 ? person : `${pick(FIRST)} ${pick(LAST)}`, org);
    parts.push(p);
    length += p.length + 2;
  }
  return { id, text: `${parts.join('\n\n')}\n` };
}

/** `count` articles, lazily. */
export function* articles(count, options = {}) {
  for (let i = 0; i < count; i++) yield article(i, options);
}
