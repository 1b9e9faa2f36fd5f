#!/usr/bin/env node
/**
 * Measures cue and speaker words in an annotated attribution corpus (PolNeAR train by default), to
 * build and audit the data in src/lexicon/. It only prints: nothing in the repository is written.
 *
 *   node scripts/lexicon-stats.mjs [section ...] [--data FILE] [--top N] [--min N]
 *
 * Sections (default: all but `lexicon`):
 *   summary     corpus size, cue and source counts
 *   candidates  every word seen inside an annotated cue, grouped by lemma (compromise), with
 *               cue uses, total occurrences and precision = cue uses / occurrences
 *   patterns    the shape of annotated cues: verb, noun, "according to", colon, dash, ...
 *   cues        the most frequent cue strings
 *   sources     head nouns (and last tokens) of annotated source spans
 *   attach      how noun cues attach: "in a statement", "his claim that", ...
 *   lexicon     compiles src/lexicon (tsc into a temp dir) and measures every entry, then coverage
 *               of annotated cues by the lexicon; `--data` may then be given twice (train, dev) and
 *               coverage is printed for each
 *
 * Definitions. A token is a run of letters/digits with inner apostrophes, hyphens or dots. A token
 * is a "cue use" when it overlaps one of the cue spans of any attribution. Precision of a form is
 * cue uses / all occurrences of the lower-cased form in the texts. Nested attributions are not
 * annotated in PolNeAR (only the outermost), so precision is a lower bound.
 *
 * The corpus text is copyrighted: this script prints counts and single words, never sentences.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DATA = '/work/shared/eval/polnear-train.jsonl';

const argv = process.argv.slice(2);
const dataFiles = [];
const sections = [];
let top = 80;
let min = 5;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--data') dataFiles.push(argv[++i]);
  else if (a === '--top') top = Number(argv[++i]);
  else if (a === '--min') min = Number(argv[++i]);
  else sections.push(a);
}
if (dataFiles.length === 0) dataFiles.push(DEFAULT_DATA);
const wanted = sections.length ? new Set(sections) : new Set(['summary', 'candidates', 'patterns', 'cues', 'sources', 'attach']);

/** Words skipped when looking for the head of a cue (see printCoverage). */
const HEAD_SKIP = new Set(['to', 'a', 'an', 'the', 's', 'it', 'his', 'her', 'their', 'its']);

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Word tokens of `text` between `s` and `e`: [{start, end, w}]; w is lower-cased, with ’ written '. */
function tokens(text, s = 0, e = text.length) {
  const out = [];
  const sub = text.slice(s, e);
  for (const m of sub.matchAll(WORD)) out.push({ start: s + m.index, end: s + m.index + m[0].length, w: m[0].toLowerCase().replace(/’/g, "'") });
  return out;
}

function load(file) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

/** Per document: tokens, and for each token whether it lies in a cue. */
function index(docs) {
  const out = [];
  for (const d of docs) {
    const toks = tokens(d.text);
    const cueSpans = d.attributions.flatMap((a) => a.cue);
    const inCue = toks.map((t) => cueSpans.some(([s, e]) => t.start < e && s < t.end));
    out.push({ d, toks, inCue });
  }
  return out;
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const inc = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);

/** Form counts over the corpus: total occurrences and cue uses. */
function formCounts(idx) {
  const total = new Map();
  const cue = new Map();
  for (const { toks, inCue } of idx) toks.forEach((t, i) => { inc(total, t.w); if (inCue[i]) inc(cue, t.w); });
  return { total, cue };
}

/**
 * Occurrences of a pattern ("according to", "as * put it") and how many have a non-slot word inside
 * a cue. `match` is the lexicon's `matchPattern`.
 */
function phraseCounts(idx, pattern, match) {
  const ws = pattern.split(' ');
  let total = 0; let cue = 0;
  for (const { toks, inCue } of idx) {
    const words = toks.map((t) => t.w);
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== ws[0]) continue;
      const m = match(ws, words, i);
      if (!m) continue;
      total++;
      for (let j = m.start; j < m.end; j++) if (inCue[j] && !(m.slot && j >= m.slot[0] && j < m.slot[1])) { cue++; break; }
    }
  }
  return { total, cue };
}

const docsPerFile = dataFiles.map(load);
const docs = docsPerFile[0];
const idx = index(docs);
const atts = docs.flatMap((d) => d.attributions.map((a) => ({ d, a })));

if (wanted.has('summary')) {
  const noSource = atts.filter(({ a }) => a.source.length === 0).length;
  const kinds = new Map();
  for (const { a } of atts) inc(kinds, a.kind);
  console.log(`# summary (${dataFiles[0]})`);
  console.log(`documents ${docs.length}, attributions ${atts.length}, without source ${noSource}, kinds ${JSON.stringify(Object.fromEntries(kinds))}`);
}

/** Lemma of a cue word via compromise (verbs to infinitive, nouns to singular). */
let lemmaOf = (w) => w;
if (wanted.has('candidates')) {
  const { default: nlp } = await import(pathToFileURL(path.join(ROOT, 'node_modules/compromise/src/three.js')).href).catch(() => import('compromise'));
  const cache = new Map();
  lemmaOf = (w) => {
    if (cache.has(w)) return cache.get(w);
    const doc = nlp(w);
    let l = doc.verbs().toInfinitive().text() || doc.nouns().toSingular().text() || w;
    l = l.toLowerCase();
    cache.set(w, l);
    return l;
  };
  const { total, cue } = formCounts(idx);
  const byLemma = new Map();
  for (const [w, n] of cue) {
    const l = lemmaOf(w);
    const e = byLemma.get(l) ?? { cue: 0, total: 0, forms: [] };
    e.cue += n; e.total += total.get(w); e.forms.push(`${w}:${n}/${total.get(w)}`);
    byLemma.set(l, e);
  }
  console.log(`\n# candidates: lemmas of words inside cues (cue uses >= ${min}), by cue uses`);
  console.log('lemma\tcue\ttotal\tprecision\tforms (cue/total)');
  for (const [l, e] of [...byLemma].sort((a, b) => b[1].cue - a[1].cue)) {
    if (e.cue < min) continue;
    console.log(`${l}\t${e.cue}\t${e.total}\t${pct(e.cue / e.total)}\t${e.forms.join(' ')}`);
  }
}

if (wanted.has('cues')) {
  const m = new Map();
  for (const { d, a } of atts) inc(m, a.cue.map(([s, e]) => d.text.slice(s, e)).join(' … ').toLowerCase());
  console.log(`\n# cues: ${m.size} distinct cue strings; top ${top}`);
  console.log(sorted(m).slice(0, top).map(([k, n]) => `${k}:${n}`).join(' | '));
}

/** Shape of a cue string; first matching rule wins. */
function cueShape(str) {
  const t = str.trim().toLowerCase();
  if (t === '') return 'empty';
  if (/^[:]+$/.test(t)) return 'colon';
  if (/^[—–-]+$/.test(t)) return 'dash';
  if (/^\p{P}+$/u.test(t)) return 'other punctuation';
  if (/\baccording to\b/.test(t)) return 'according to';
  const ws = tokens(t).map((x) => x.w);
  return ws.length === 1 ? 'single word' : 'multiword';
}

if (wanted.has('patterns')) {
  const m = new Map();
  for (const { d, a } of atts) inc(m, cueShape(a.cue.map(([s, e]) => d.text.slice(s, e)).join(' ')));
  console.log('\n# patterns (without lexicon; see `lexicon` for verb/noun shares)');
  for (const [k, n] of sorted(m)) console.log(`${k}\t${n}\t${pct(n / atts.length)}`);
  // position of the source relative to the cue
  const pos = new Map();
  for (const { a } of atts) {
    if (!a.source.length) { inc(pos, 'no source'); continue; }
    if (!a.cue.length) { inc(pos, 'no cue'); continue; }
    inc(pos, a.source[0][0] < a.cue[0][0] ? 'source before cue' : 'source after cue');
  }
  const cpos = new Map();
  for (const { a } of atts) {
    if (!a.cue.length || !a.content.length) continue;
    inc(cpos, a.content[0][0] < a.cue[0][0] ? 'content (first piece) before cue' : 'content after cue');
  }
  console.log([...sorted(pos), ...sorted(cpos)].map(([k, n]) => `${k}: ${n}`).join('; '));
}

const STOP_AFTER_HEAD = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'who', 'which', 'that', 'on', 'to', 'and', 'whose', 'under', 'by', 'told', 'said']);
/** Head token of a source span: last word before a post-modifier (of, for, who ...), possessive stripped. */
function sourceHead(text, spans) {
  const toks = spans.flatMap(([s, e]) => tokens(text, s, e)).map((t) => t.w.replace(/['’]s$/, ''));
  if (!toks.length) return undefined;
  let cut = toks.length;
  for (let i = 1; i < toks.length; i++) if (STOP_AFTER_HEAD.has(toks[i])) { cut = i; break; }
  return { head: toks[cut - 1], last: toks[toks.length - 1], first: toks[0], n: toks.length };
}

if (wanted.has('sources')) {
  const heads = new Map(); const firsts = new Map(); const lens = new Map();
  for (const { d, a } of atts) {
    const h = sourceHead(d.text, a.source);
    if (!h) continue;
    inc(heads, h.head); inc(firsts, h.first); inc(lens, Math.min(h.n, 6));
  }
  console.log(`\n# sources: head words (${heads.size} distinct), top ${top * 3}`);
  console.log(sorted(heads).slice(0, top * 3).map(([k, n]) => `${k}:${n}`).join(' '));
  console.log(`first words, top ${top}`);
  console.log(sorted(firsts).slice(0, top).map(([k, n]) => `${k}:${n}`).join(' '));
  console.log('length in tokens (6 = 6+): ' + [...lens].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k}:${n}`).join(' '));
}

if (wanted.has('attach')) {
  // words before/after a cue noun: "in a statement", "his claim that", "said in an interview"
  const nouns = ['statement', 'interview', 'claim', 'report', 'tweet', 'remarks', 'speech', 'letter', 'testimony', 'announcement', 'allegation', 'view', 'belief', 'plan', 'post', 'op-ed', 'email', 'memo', 'comments', 'message', 'video', 'call', 'decision', 'criticism', 'support', 'promise', 'proposal', 'warning', 'argument', 'question', 'questions', 'suggestion', 'opinion'];
  // Only function words are printed; any other word shows as "·", so no corpus text is reproduced.
  const FUNCTION = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'in', 'on', 'at', 'during', 'of', 'for', 'about', 'to', 'that', 'with', 'from', 'by', 'against', 'over', 'said', 'says', 'told', 'according']);
  const fw = (w) => (FUNCTION.has(w) ? w : '·');
  console.log('\n# attach: contexts of noun cues (2 words before, 1 after; content words shown as ·), only cue uses');
  for (const noun of nouns) {
    const ctx = new Map(); let c = 0; let t = 0;
    for (const { toks, inCue } of idx) toks.forEach((tok, i) => {
      if (tok.w !== noun) return; t++;
      if (!inCue[i]) return; c++;
      const before = toks.slice(Math.max(0, i - 2), i).map((x) => fw(x.w)).join(' ');
      const after = fw(toks[i + 1]?.w ?? '');
      inc(ctx, `${before} _ ${after}`);
    });
    console.log(`${noun} ${c}/${t}: ` + sorted(ctx).slice(0, 8).map(([k, n]) => `[${k}]:${n}`).join(' '));
  }
}

if (wanted.has('lexicon')) {
  const lex = await compileLexicon();
  const { total, cue } = formCounts(idx);
  const ratio = (u, t) => (t ? Math.round((u / t) * 100) / 100 : 0);
  let drift = 0;
  /** Prints one measured row and flags it when it differs from what the data file records. */
  const row = (label, u, t, recorded) => {
    const same = !recorded || (recorded.uses === u && recorded.occurrences === t);
    if (!same) drift++;
    console.log(`${label}\t${u}\t${t}\t${pct(ratio(u, t))}${same ? '' : `\tDRIFT: recorded ${recorded.uses}/${recorded.occurrences}`}`);
  };
  const sumForms = (forms, m) => [...new Set(forms)].reduce((n, f) => n + (m.get(f) ?? 0), 0);
  console.log('\n# lexicon: measured on ' + dataFiles[0]);
  console.log('## verbs: lemma\tcue uses\toccurrences\tprecision');
  for (const v of lex.cueVerbs) row(v.lemma, sumForms(v.forms, cue), sumForms(v.forms, total), v.train);
  console.log('## nouns');
  for (const n of lex.cueNouns) row(n.lemma, sumForms(n.forms, cue), sumForms(n.forms, total), n.train);
  console.log('## phrases (slot words not counted as cue uses)');
  for (const p of lex.cuePhrases) { const c = phraseCounts(idx, p.pattern, lex.matchPattern); row(p.pattern, c.cue, c.total, p.train); }
  console.log('## non-claims');
  for (const n of lex.nonClaims) { const c = phraseCounts(idx, n.pattern, lex.matchPattern); row(n.pattern, c.cue, c.total, n.train); }
  console.log('## modifiers (occurrences up to 3 words before a cue verb form inside a cue)');
  for (const m of lex.cueModifiers) {
    let near = 0; let inside = 0;
    for (const { toks, inCue } of idx) toks.forEach((t, i) => {
      if (t.w !== m.word) return;
      const v = [1, 2, 3].find((k) => toks[i + k] && lex.cueVerbByForm.has(toks[i + k].w) && inCue[i + k]);
      if (v === undefined) return;
      near++; if (inCue[i]) inside++;
    });
    row(m.word, inside, near, m.train);
  }
  console.log('## speaker nouns: lemma\theads\tin source\toccurrences');
  const heads = new Map(); const inSrc = new Map();
  for (const { d, toks } of idx) {
    const spans = d.attributions.flatMap((a) => a.source);
    for (const t of toks) if (spans.some(([s, e]) => t.start < e && s < t.end)) inc(inSrc, t.w.replace(/['’]s$/, ''));
    for (const a of d.attributions) { const h = sourceHead(d.text, a.source); if (h) inc(heads, h.head); }
  }
  const occ = (w) => (total.get(w) ?? 0) + (total.get(`${w}'s`) ?? 0) + (total.get(`${w}’s`) ?? 0);
  for (const n of lex.speakerNouns) {
    const h = sumForms(n.forms, heads); const s = sumForms(n.forms, inSrc); const o = n.forms.reduce((k, f) => k + occ(f), 0);
    const same = h === n.train.heads && s === n.train.inSource && o === n.train.occurrences;
    if (!same) drift++;
    console.log(`${n.lemma}\t${h}\t${s}\t${o}${same ? '' : `\tDRIFT: recorded ${n.train.heads}/${n.train.inSource}/${n.train.occurrences}`}`);
  }
  console.log(`\n${drift} measured rows differ from the recorded numbers.`);
  dataFiles.forEach((file, k) => printCoverage(file, docsPerFile[k], lex));
}

/** Compiles src/lexicon with tsc into a temporary directory and imports it. */
async function compileLexicon() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-lexicon-'));
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsc'), [path.join(ROOT, 'src/lexicon/index.ts'), '--outDir', out, '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--strict', '--skipLibCheck'], { stdio: 'inherit' });
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  const lex = await import(pathToFileURL(path.join(out, 'index.js')).href);
  fs.rmSync(out, { recursive: true, force: true });
  return lex;
}

/**
 * Coverage of annotated cues by the lexicon. The head of a cue is its first word that is not a
 * modifier or in HEAD_SKIP ("has also said" → "said", "to endorse" → "endorse"). Shapes: colon/dash (punctuation only), phrase (a cue phrase
 * matches inside the cue), verb, noun (head word is a form), other (head word unknown).
 */
function printCoverage(file, ds, lex) {
  const shapes = new Map(); const unknownHeads = new Map(); let n = 0; let headCovered = 0; let anyCovered = 0;
  for (const d of ds) for (const a of d.attributions) {
    n++;
    const str = a.cue.map(([s, e]) => d.text.slice(s, e)).join(' ');
    const ws = tokens(str.toLowerCase()).map((x) => x.w);
    const known = (w) => lex.cueVerbByForm.has(w) || lex.cueNounByForm.has(w);
    const head = ws.find((w) => !lex.cueModifierByWord.has(w) && !HEAD_SKIP.has(w)) ?? ws[0];
    let shape;
    if (ws.length === 0) shape = /:/.test(str) ? 'colon' : /[—–-]/.test(str) ? 'dash' : 'other punctuation';
    else if (lex.cuePhraseMatch(ws)) shape = 'phrase';
    else if (head && lex.cueVerbByForm.has(head)) shape = 'verb';
    else if (head && lex.cueNounByForm.has(head)) shape = 'noun';
    else { shape = 'other'; if (head) inc(unknownHeads, head); }
    inc(shapes, shape);
    if (shape !== 'other') headCovered++;
    if (shape !== 'other' || ws.some(known)) anyCovered++;
  }
  console.log(`\n# coverage of ${file}: ${n} cues; head word covered ${pct(headCovered / n)}, any word covered ${pct(anyCovered / n)}`);
  for (const [k, c] of sorted(shapes)) console.log(`${k}\t${c}\t${pct(c / n)}`);
  console.log('most frequent uncovered heads: ' + sorted(unknownHeads).slice(0, top).map(([k, c]) => `${k}:${c}`).join(' '));
}
