import { FEATURE_NAMES, type FeatureName, type Features } from './features.ts';

/**
 * A logistic model kept as data (weights.json, written by `npm run fit:recognition`):
 * each feature is standardised with the mean and spread of the pages it was fitted on,
 * then weighed; the score is the logistic of the sum.
 */
export interface FittedFeature { name: FeatureName; mean: number; sd: number; weight: number }
export interface RecognitionModel {
  /** How the weights were fitted (pages, folds, regularisation), for the reader of the file. */
  fitted: { pages: number; groups: number; l2: number; note: string };
  bias: number;
  threshold: number;
  features: FittedFeature[];
}

export interface Contribution { name: FeatureName; value: number; contribution: number }

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function standardised(model: RecognitionModel, features: Features): number[] {
  return model.features.map((f) => (features[f.name] - f.mean) / (f.sd || 1));
}

export function scoreWith(model: RecognitionModel, features: Features): { score: number; contributions: Contribution[] } {
  const x = standardised(model, features);
  let z = model.bias;
  const contributions: Contribution[] = model.features.map((f, i) => {
    const contribution = f.weight * x[i]!;
    z += contribution;
    return { name: f.name, value: features[f.name], contribution };
  });
  return { score: sigmoid(z), contributions };
}

/** A model file must name exactly the features the code computes, or it was fitted on another version. */
export function checkModel(model: RecognitionModel): RecognitionModel {
  const names = model.features.map((f) => f.name);
  const missing = FEATURE_NAMES.filter((n) => !names.includes(n));
  const unknown = names.filter((n) => !(FEATURE_NAMES as readonly string[]).includes(n));
  if (missing.length || unknown.length) throw new Error(`recognition weights do not match the features (missing ${missing.join(', ') || '-'}; unknown ${unknown.join(', ') || '-'}): run npm run fit:recognition`);
  return model;
}
