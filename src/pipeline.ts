/**
 * The ordered pipeline: read → paragraphs and sentences → quotes → cues → claims → speakers.
 * Each stage is a module with one job; data flows one way.
 */
import type { Claim, Diagnostic } from './types.js';

/** Everything the pipeline learned about one text. */
export interface Analysis {
  text: string;
  claims: Claim[];
  diagnostics: Diagnostic[];
}

/** Runs every stage over `text`. */
export function analyze(text: string): Analysis {
  return { text, claims: [], diagnostics: [] };
}

/** The claims `text` attributes, in text order. */
export function extractClaims(text: string): Claim[] {
  return analyze(text).claims;
}
