/**
 * Batch cosine similarity: 100,000 offer vectors × 16 dims against one profile, seeded PRNG
 * data (components in [−1, 1)). Prints median and p95 over 50 timed runs after 10 warm-ups.
 * Budget (issue "Math core"): ≤ 5 ms on a 2-core machine. Run: npx tsx bench/math-cosine.ts
 */
import { performance } from "node:perf_hooks";
import { cosineAgainstMany } from "../lib/math/cosine-similarity";
import { mulberry32 } from "../lib/math/prng";

const rows = 100_000;
const dims = 16;
const warmupRuns = 10;
const timedRuns = 50;

const random = mulberry32(16_000_016);
const data = new Float64Array(rows * dims);
for (let k = 0; k < data.length; k++) data[k] = random() * 2 - 1;
const matrix = { data, rows, cols: dims };
const profile = Array.from({ length: dims }, () => random() * 2 - 1);

let checksum = 0;
for (let r = 0; r < warmupRuns; r++) checksum += cosineAgainstMany(matrix, profile)[0] ?? 0;
const timesMs: number[] = [];
for (let r = 0; r < timedRuns; r++) {
  const start = performance.now();
  const scores = cosineAgainstMany(matrix, profile);
  timesMs.push(performance.now() - start);
  checksum += scores[0] ?? 0;
}
timesMs.sort((a, b) => a - b);
const at = (q: number) => timesMs[Math.max(0, Math.ceil(q * timesMs.length) - 1)] ?? Number.NaN;
process.stdout.write(
  `cosine ${rows} × ${dims}: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, ` +
    `min ${at(0).toFixed(2)} ms over ${timedRuns} runs (checksum ${checksum.toFixed(6)})\n`,
);
