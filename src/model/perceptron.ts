/** A binary linear classifier over string features: score = Σ weight(feature). */

/** Trained weights, as shipped in `models/*.json`. */
export interface LinearModel {
  /** What the model is for and how it was trained (shown by `claims --version --verbose`). */
  description: string;
  /** Score at or above which a candidate is accepted. */
  threshold: number;
  /** Weight per feature string; absent features weigh 0. */
  weights: Record<string, number>;
}

/** The model's score for a feature list. */
export function score(model: LinearModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
}
