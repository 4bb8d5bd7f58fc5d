import { requireFinite } from "./errors";

/**
 * mulberry32: a 32-bit-state pseudo-random generator (Tommy Ettinger, 2017; the JavaScript form
 * popularised by bryc, "PRNGs" notes, github.com/bryc/code/blob/master/jshash/PRNGs.md).
 *
 *   state ← state + 0x6D2B79F5 (mod 2³²)
 *   t ← state; t ← (t ⊕ t≫15)·(t | 1); t ← t ⊕ (t + (t ⊕ t≫7)·(t | 61)); out ← (t ⊕ t≫14) / 2³²
 *
 * Returns a function yielding doubles in [0, 1) with 32 bits of randomness each. It is the only
 * source of randomness in the math core: the same seed gives the same sequence on every engine
 * (all arithmetic is Math.imul / uint32), which keeps ALS initialisation, benches and property
 * tests reproducible. Not cryptographic; period 2³².
 *
 * Degenerate input: the seed is reduced to uint32 (`seed >>> 0`), so 2³² + 1 and 1 give the same
 * stream and fractional parts are dropped; NaN and ±Infinity throw `MathInputError` rather than
 * silently collapsing to seed 0.
 */
export function mulberry32(seed: number): () => number {
  let state = requireFinite("seed", seed) >>> 0;
  return () => {
    // Weyl-sequence step: visiting all 2^32 states before repeating.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    // Two xorshift-multiply rounds mix the counter into well-distributed output bits.
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
