/**
 * TOPSIS throughput: 100,000 alternatives × 8 criteria (the design's marketplace scale), random
 * values from a seeded PRNG so every run sees the same matrix. Prints median and p95 over 50
 * timed runs after 10 warm-up runs. Budget (issue "Math core"): ≤ 10 ms on a 2-core machine.
 * Run: npx tsx bench/math-topsis.ts
 */
import { performance } from "node:perf_hooks";
import { mulberry32 } from "../lib/math/prng";
import { topsis } from "../lib/math/topsis";
import type { CriterionType } from "../lib/math/topsis-input";

const rows = 100_000;
const cols = 8;
const warmupRuns = 10;
const timedRuns = 50;

const random = mulberry32(20_240_601);
const data = new Float64Array(rows * cols);
for (let k = 0; k < data.length; k++) data[k] = 0.01 + random() * 100;
const matrix = { data, rows, cols };
const weights = [0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05];
const types: CriterionType[] = [
  "cost",
  "benefit",
  "benefit",
  "benefit",
  "benefit",
  "cost",
  "benefit",
  "benefit",
];

let checksum = 0;
for (let r = 0; r < warmupRuns; r++) checksum += topsis(matrix, weights, types).rankings[0] ?? 0;
const timesMs: number[] = [];
for (let r = 0; r < timedRuns; r++) {
  const start = performance.now();
  const result = topsis(matrix, weights, types);
  timesMs.push(performance.now() - start);
  checksum += result.rankings[0] ?? 0;
}
timesMs.sort((a, b) => a - b);
const at = (q: number) => timesMs[Math.max(0, Math.ceil(q * timesMs.length) - 1)] ?? Number.NaN;
process.stdout.write(
  `topsis ${rows} × ${cols}: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, ` +
    `min ${at(0).toFixed(2)} ms over ${timedRuns} runs (checksum ${checksum})\n`,
);
