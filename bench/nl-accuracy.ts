/**
 * Field-level accuracy of the natural-language workload parser on the labelled evaluation set,
 * per split (dev: inspected while developing; test: scored only), with every mismatch listed.
 * Run: npx tsx bench/nl-accuracy.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type AccuracyReport, evalSetSchema, evaluateAccuracy, scoredFields } from "../lib/nl/eval/accuracy";
import { parseWorkload } from "../lib/nl/index";

const path = fileURLToPath(new URL("../lib/nl/eval/workload-requests.json", import.meta.url));
const items = evalSetSchema.parse(JSON.parse(readFileSync(path, "utf8")));

const reports: [string, AccuracyReport][] = [
  [
    "dev",
    evaluateAccuracy(
      items.filter((item) => item.split === "dev"),
      parseWorkload,
    ),
  ],
  [
    "test",
    evaluateAccuracy(
      items.filter((item) => item.split === "test"),
      parseWorkload,
    ),
  ],
  ["all", evaluateAccuracy(items, parseWorkload)],
  [
    "batch2-test",
    evaluateAccuracy(
      items.filter((item) => item.batch === 2 && item.split === "test"),
      parseWorkload,
    ),
  ],
];

const print = (line = "") => process.stdout.write(`${line}\n`);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
print(
  `field                  ${reports.map(([name, report]) => `${name} (n=${report.items})`.padStart(14)).join("")}`,
);
for (const field of scoredFields) {
  print(
    `${field.padEnd(22)} ${reports.map(([, report]) => percent(report.fields[field].accuracy).padStart(14)).join("")}`,
  );
}

const all = reports.find(([name]) => name === "all")?.[1];
print(`\nmismatches (${all?.mismatches.length ?? 0}):`);
for (const miss of all?.mismatches ?? []) {
  print(
    `  [${miss.split} ${miss.id}] ${miss.field}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.got)}`,
  );
  print(`      "${miss.text}"`);
}
