/**
 * Public API of `claims`: extract attributed claims (who said what) from news text.
 * The CLI in `src/cli/` is a thin shell over these functions.
 */
export type {
  Span, Speaker, SpeakerType, Resolution, Cue, Content, ClaimKind, Claim, Diagnostic, DocumentResult,
} from './types.js';
export { extractClaims, analyze } from './pipeline.js';
export type { Analysis } from './pipeline.js';
export type { ExtractOptions } from './options.js';
