/**
 * Stage 2: quotation marks paired into quotations, paragraph by paragraph.
 *
 * Pairing follows news typography: `“` opens and `”` closes (each also stands for the other where
 * only the other fits: glued to a word's end, `“` closes); a straight `"` toggles; single `‘…’`
 * counts only where it cannot be an apostrophe (`‘` after a non-letter, `’` before a non-letter).
 * A paragraph that ends inside a quotation and is followed by one opening with a quotation mark
 * continues the same quotation (the convention for multi-paragraph quotes), unless that mark's
 * quotation closes before words of its paragraph (`“B,” she said.`): then the open quotation ends
 * with its paragraph and a new one begins. Any other unclosed mark
 * becomes an `unclosed-quote` diagnostic and the quotation runs to the end of its paragraph.
 */
import type { Paragraph, Quote } from '../document.js';
import type { Diagnostic } from '../types.js';
import { spanOf } from './span.js';

const OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE = new Set(['\u201d', '\u00bb']);
const STRAIGHT = '"';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Piece { start: number; end: number; closed: boolean }

/**
 * Whether the opening mark at `i` stands where a closing one belongs: glued to the end of a word or
 * of its punctuation, and not followed by a word (`an “expedited review“ of`, `“Not yet,“ he said`).
 * Some copy types “ for both marks (15 times in PolNeAR train, 2 in dev); read as an opener, it would
 * run the quotation on to the next mark.
 */
function closesLikeACloser(text: string, i: number): boolean {
  return /[\p{L}\p{N}.,;:!?\u2014\u2026]/u.test(text[i - 1] ?? ' ') && !isWordChar(text[i + 1]);
}

/** Pairs the double quotation marks of one paragraph. */
function pairDouble(text: string, p: Paragraph): Piece[] {
  const pieces: Piece[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) {
      if (open >= 0 && closesLikeACloser(text, i)) { pieces.push({ start: open, end: i + 1, closed: true }); open = -1; continue; }
      if (open >= 0) pieces.push({ start: open, end: i, closed: false });
      open = i;
    } else if (CLOSE.has(c)) {
      if (open >= 0) { pieces.push({ start: open, end: i + 1, closed: true }); open = -1; }
      else if (!isWordChar(text[i - 1]) && isWordChar(text[i + 1])) open = i; // a closer used as an opener
      else pieces.push({ start: p.start, end: i + 1, closed: true }); // the paragraph continues a quote
    } else if (c === STRAIGHT || (c === "'" && text[i + 1] === "'")) {
      // a straight mark, or two apostrophes standing for one (''like this'')
      const at = i;
      if (c === "'") i++;
      if (open < 0) open = at;
      else { pieces.push({ start: open, end: i + 1, closed: true }); open = -1; }
    }
  }
  if (open >= 0) pieces.push({ start: open, end: p.end, closed: false });
  return pieces;
}

/** Pairs single quotation marks outside the double-quoted pieces of one paragraph. */
function pairSingle(text: string, p: Paragraph, inside: (i: number) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    if (inside(i)) continue;
    const c = text[i];
    if (c === '\u2018' && !isWordChar(text[i - 1])) open = i;
    else if (c === '\u2019' && open >= 0 && !isWordChar(text[i + 1])) {
      pieces.push({ start: open, end: i + 1, closed: true });
      open = -1;
    }
  }
  return pieces;
}

/**
 * Whether a quotation opening a paragraph closes before words of the paragraph's own
 * (`“B,” she said.`, `“B.” Then …`). Such a paragraph does not continue a quotation left open at
 * the end of the paragraph before: its quotation has a reporting clause or narration of its own, and
 * the open quotation ends with its paragraph (PolNeAR train: 9 of 14 such paragraphs have their own
 * attribution, the open piece going with the claim of its own paragraph; dev: 3 of 4).
 */
function closesBeforeMoreText(text: string, piece: Piece, p: Paragraph): boolean {
  return piece.closed && /[\p{L}\p{N}]/u.test(text.slice(piece.end, p.end));
}

/** The quotations of `text`, in order, with diagnostics for marks left open. */
export function findQuotes(text: string, paragraphs: Paragraph[]): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const quotes: Quote[] = [];
  const diagnostics: Diagnostic[] = [];
  let pending: Quote | undefined;
  for (const p of paragraphs) {
    const doubles = pairDouble(text, p);
    // a mask over the paragraph, so that testing a character is constant time (a paragraph of
    // 80,000 quotation marks would otherwise test each against every piece)
    const doubleMask = new Uint8Array(p.end - p.start);
    for (const d of doubles) doubleMask.fill(1, d.start - p.start, d.end - p.start);
    const inDouble = (i: number) => doubleMask[i - p.start] === 1;
    const pieces = [...doubles, ...pairSingle(text, p, inDouble)].sort((a, b) => a.start - b.start);
    const opensWithMark = pieces.length > 0 && pieces[0]!.start === p.start && OPEN_OR_STRAIGHT.test(text[p.start]!);
    if (pending && opensWithMark && closesBeforeMoreText(text, pieces[0]!, p)) {
      // the quotation left open ended with its paragraph; this one is a new quotation
      pending = undefined;
    } else if (pending && !opensWithMark) {
      const last = pending.pieces[pending.pieces.length - 1]!;
      diagnostics.push({ id: 'unclosed-quote', message: 'quotation mark is never closed', span: spanOf(text, last.start, last.start + 1) });
      pending = undefined;
    }
    pieces.forEach((piece, k) => {
      const span = spanOf(text, piece.start, piece.end);
      if (k === 0 && pending) {
        pending.pieces.push(span);
        pending.closed = piece.closed;
      } else {
        quotes.push({ pieces: [span], closed: piece.closed });
      }
      if (k === 0 && pending) pending = undefined;
    });
    const last = quotes[quotes.length - 1];
    const lastPiece = pieces[pieces.length - 1];
    pending = lastPiece && !lastPiece.closed && last ? last : undefined;
  }
  if (pending) {
    const last = pending.pieces[pending.pieces.length - 1]!;
    diagnostics.push({ id: 'unclosed-quote', message: 'quotation mark is never closed', span: spanOf(text, last.start, last.start + 1) });
  }
  return { quotes, diagnostics };
}

const OPEN_OR_STRAIGHT = /[\u201c\u201e\u00ab"\u2018]/u;

/** A mask with 1 at every index of `text` inside a quotation (marks included). */
export function quotedMask(text: string, quotes: Quote[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const q of quotes) for (const piece of q.pieces) mask.fill(1, piece.start, piece.end);
  return mask;
}
