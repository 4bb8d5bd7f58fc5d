/**
 * ALS benchmark: 10,000 users × 5,000 items × 200,000 distinct interactions, 32 factors,
 * 15 iterations, 3 CG steps per solve, single thread. Item popularity is Zipf(s = 1) and user
 * activity Zipf(s = 0.5), the long-tailed shape of marketplace logs (a few GPUs and a few power
 * users take most of the traffic). Prints the fit time (median of 3 runs after one warm-up), the
 * per-iteration time and the loss history. Target: ≤ 5 s.
 *
 * Run: npx tsx bench/math-als.ts
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { fitAls } from "../lib/math/als";
import { buildCsr, type CsrMatrix, transposeCsr } from "../lib/math/als-sparse";
import { mulberry32 } from "../lib/math/prng";

const userCount = 10_000;
const itemCount = 5_000;
const interactionCount = 200_000;
const factors = 32;
const iterations = 15;

/** Inverse-CDF sampler for P(rank r) ∝ r^(−s), r = 1..n. */
function zipfSampler(n: number, exponent: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += (r + 1) ** -exponent;
    cdf[r] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function generateInteractions(seed: number): CsrMatrix {
  const random = mulberry32(seed);
  const user = zipfSampler(userCount, 0.5, random);
  const item = zipfSampler(itemCount, 1, random);
  const seen = new Set<number>();
  const rows: number[] = [];
  const cols: number[] = [];
  const values: number[] = [];
  while (rows.length < interactionCount) {
    const u = user();
    const i = item();
    const key = u * itemCount + i;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(u);
    cols.push(i);
    // 70 % views (1), 25 % shortlists (3), 5 % bookings (5).
    const kind = random();
    values.push(kind < 0.7 ? 1 : kind < 0.95 ? 3 : 5);
  }
  return buildCsr(userCount, itemCount, rows, cols, values);
}

export function runAlsBench(): void {
  const userItems = generateInteractions(7);
  const itemUsers = transposeCsr(userItems);
  const options = { factors, iterations, cgSteps: 3, tolerance: 0, seed: 1 };
  const timings: number[] = [];
  let lossHistory: readonly number[] = [];
  let initialLoss = 0;
  for (let run = 0; run < 4; run++) {
    const started = performance.now();
    const result = fitAls(userItems, options, itemUsers);
    const elapsedMs = performance.now() - started;
    if (run > 0) timings.push(elapsedMs);
    lossHistory = result.lossHistory;
    initialLoss = result.initialLoss;
  }
  timings.sort((a, b) => a - b);
  const medianMs = timings[1] ?? 0;
  const lines = [
    `ALS implicit: ${userCount} users × ${itemCount} items, nnz ${userItems.indices.length}, k=${factors}, ${iterations} iterations, CG 3 steps`,
    `fit seconds (median of 3 after warm-up): ${(medianMs / 1000).toFixed(3)}  [runs: ${timings.map((t) => (t / 1000).toFixed(3)).join(", ")}]`,
    `per-iteration ms: ${(medianMs / iterations).toFixed(1)}`,
    `initial loss: ${initialLoss.toExponential(6)}`,
    ...lossHistory.map(
      (loss, t) => `  iteration ${String(t + 1).padStart(2)}: loss ${loss.toExponential(6)}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAlsBench();
}
