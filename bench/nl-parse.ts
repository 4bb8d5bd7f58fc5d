/**
 * Parse latency of the natural-language workload parser: every evaluation sentence parsed 200
 * times (after a warm-up pass), each call timed alone; prints p50 / p95 / p99 / max in ms.
 * Target: p95 ≤ 2 ms. Run: npx tsx bench/nl-parse.ts
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { evalSetSchema } from "../lib/nl/eval/accuracy";
import { parseWorkload } from "../lib/nl/index";

const repetitions = 200;
const path = fileURLToPath(new URL("../lib/nl/eval/workload-requests.json", import.meta.url));
const sentences = evalSetSchema.parse(JSON.parse(readFileSync(path, "utf8"))).map((item) => item.text);

for (const sentence of sentences) parseWorkload(sentence);

const samples: number[] = [];
for (let round = 0; round < repetitions; round++) {
  for (const sentence of sentences) {
    const start = performance.now();
    parseWorkload(sentence);
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);

const quantile = (q: number) =>
  samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN;
const print = (line: string) => process.stdout.write(`${line}\n`);
print(`parses: ${samples.length} (${sentences.length} sentences × ${repetitions})`);
for (const [label, q] of [
  ["p50", 0.5],
  ["p95", 0.95],
  ["p99", 0.99],
] as const) {
  print(`${label}: ${quantile(q).toFixed(4)} ms`);
}
print(`max: ${(samples[samples.length - 1] ?? Number.NaN).toFixed(4)} ms`);
print(`mean: ${(samples.reduce((sum, value) => sum + value, 0) / samples.length).toFixed(4)} ms`);
