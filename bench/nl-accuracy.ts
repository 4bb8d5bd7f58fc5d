/**
 * Field-level accuracy of the natural-language workload parser on the labelled evaluation set,
 * per split (dev: inspected while developing; test: scored only), with every mismatch listed.
 * Run: npx tsx bench/nl-accuracy.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type AccuracyReport,
  type EvalItem,
  evalSetSchema,
  evaluateAccuracy,
  scoredFields,
} from "../lib/nl/eval/accuracy";
import { parseWorkload } from "../lib/nl/index";

const path = fileURLToPath(new URL("../lib/nl/eval/workload-requests.json", import.meta.url));
const items = evalSetSchema.parse(JSON.parse(readFileSync(path, "utf8")));

const scope = (name: string, keep: (item: EvalItem) => boolean): [string, AccuracyReport] => {
  const selected = items.filter(keep);
  return [`${name} (n=${selected.length})`, evaluateAccuracy(selected, parseWorkload)];
};

const reports: [string, AccuracyReport][] = [
  scope("dev", (item) => item.split === "dev"),
  scope("test", (item) => item.split === "test"),
  scope("all", () => true),
  scope("batch 1", (item) => item.batch === 1),
  scope("batch 2", (item) => item.batch === 2),
  scope("batch 3", (item) => item.batch === 3),
];

const print = (line = "") => process.stdout.write(`${line}\n`);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
print(`${"field".padEnd(22)} ${reports.map(([name]) => name.padStart(17)).join("")}`);
for (const field of scoredFields) {
  print(
    `${field.padEnd(22)} ${reports.map(([, report]) => percent(report.fields[field].accuracy).padStart(17)).join("")}`,
  );
}

const all = reports[2]?.[1];
print(`\nmismatches (${all?.mismatches.length ?? 0}):`);
for (const miss of all?.mismatches ?? []) {
  print(
    `  [${miss.split} ${miss.id}] ${miss.field}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.got)}`,
  );
  print(`      "${miss.text}"`);
}
