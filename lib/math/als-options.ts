import { MathInputError } from "./errors";

/**
 * Hyper-parameters of implicit ALS (als.ts) and their defaults. 50 factors, λ = 0.1 and 15
 * iterations are the design's ALSRecommender defaults. α = 40 is the confidence scale Hu, Koren
 * & Volinsky (ICDM 2008, §6) found best on watch counts; our interactions are small counts of the
 * same kind (views 1, bookings 5). The `implicit` library defaults to α = 1 with pre-scaled
 * weights — pass `alpha: 1` to match it. 3 CG steps per solve as in Takács et al. (RecSys 2011)
 * and `implicit`. Tolerance 1e-6 on the relative loss decrease is the design's property 9.
 */
export interface AlsOptions {
  /** latent dimensions k */
  factors: number;
  /** λ, the L2 penalty on every factor vector; > 0 keeps the normal equations positive definite */
  regularization: number;
  /** α in c = 1 + α·r */
  alpha: number;
  /** maximum number of full (user + item) sweeps */
  iterations: number;
  /** stop when (L_prev − L) / L_prev < tolerance */
  tolerance: number;
  /** conjugate-gradient steps per least-squares solve */
  cgSteps: number;
  /** mulberry32 seed of the initial factors */
  seed: number;
}

export const defaultAlsOptions: Readonly<AlsOptions> = {
  factors: 50,
  regularization: 0.1,
  alpha: 40,
  iterations: 15,
  tolerance: 1e-6,
  cgSteps: 3,
  seed: 42,
};

/** Merges `options` over the defaults; throws `MathInputError` naming the first bad field. */
export function resolveAlsOptions(options: Partial<AlsOptions>): AlsOptions {
  const settings: AlsOptions = { ...defaultAlsOptions, ...options };
  for (const field of ["factors", "iterations", "cgSteps"] as const) {
    const v = settings[field];
    if (!Number.isInteger(v) || v < 1) throw new MathInputError(field, `must be an integer ≥ 1, got ${v}`);
  }
  for (const field of ["alpha", "tolerance"] as const) {
    const v = settings[field];
    if (!Number.isFinite(v) || v < 0) throw new MathInputError(field, `must be finite and ≥ 0, got ${v}`);
  }
  // λ = 0 with an all-zero Gram matrix (e.g. an empty matrix) would make the system singular.
  const lambda = settings.regularization;
  if (!Number.isFinite(lambda) || lambda <= 0) {
    throw new MathInputError("regularization", `must be finite and > 0, got ${lambda}`);
  }
  if (!Number.isFinite(settings.seed)) throw new MathInputError("seed", "must be a finite number");
  return settings;
}
