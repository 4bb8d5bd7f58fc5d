import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWorkload } from "./parse-workload";
import type { QuantityUnit } from "./schema";

/**
 * Design property 12 over generated requests: any request stating a quantity and a duration,
 * in any of the spellings users type, yields exactly that quantity and duration.
 */

const smallWords = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const tensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function inWords(n: number): string {
  if (n < 20) return smallWords[n] ?? "";
  const tens = tensWords[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? tens : `${tens}-${smallWords[n % 10] ?? ""}`;
}

const spelledCount = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => ({ n, text: inWords(n) })),
  fc.integer({ min: 1, max: 999_999 }).map((n) => ({ n, text: String(n) })),
  fc.integer({ min: 1_000, max: 999_999 }).map((n) => ({ n, text: n.toLocaleString("en-US") })),
  fc.integer({ min: 1, max: 900 }).map((n) => ({ n: n * 1000, text: `${n}k` })),
  fc.integer({ min: 1, max: 90 }).map((n) => ({ n: n * 1_000_000, text: `${n} million` })),
);

const spelledDuration = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map((h) => ({ hours: h, text: `${h} hours` })),
  fc.integer({ min: 1, max: 99 }).map((h) => ({ hours: h, text: `${h} hrs` })),
  fc.integer({ min: 1, max: 99 }).map((h) => ({ hours: h, text: `${h}h` })),
  fc.integer({ min: 1, max: 16 }).map((q) => ({ hours: q / 4, text: `${q * 15} minutes` })),
  fc.integer({ min: 1, max: 30 }).map((d) => ({ hours: d * 24, text: `${d} days` })),
  fc.integer({ min: 1, max: 8 }).map((w) => ({ hours: w * 168, text: `${inWords(w)} weeks` })),
  fc.integer({ min: 1, max: 19 }).map((h) => ({ hours: h + 0.5, text: `${inWords(h)} and a half hours` })),
  fc.constant({ hours: 0.5, text: "half an hour" }),
  fc.constant({ hours: 1, text: "an hour" }),
);

const nouns: ReadonlyArray<readonly [string, QuantityUnit, string]> = [
  ["generate", "images", "images"],
  ["make", "images", "product photos"],
  ["generate", "images", "anime avatars"],
  ["render", "frames", "frames"],
  ["embed", "documents", "documents"],
  ["classify", "documents", "support tickets"],
  ["run", "tokens", "tokens"],
  ["generate", "videos", "videos"],
  ["fine-tune on", "samples", "examples"],
];

const shapes: ReadonlyArray<(verb: string, count: string, noun: string, duration: string) => string> = [
  (verb, count, noun, duration) => `${verb} ${count} ${noun} for ${duration}`,
  (verb, count, noun, duration) => `I need to ${verb} ${count} ${noun} within ${duration}`,
  (verb, count, noun, duration) => `can you ${verb} ${count} ${noun} in ${duration} please`,
  (verb, count, noun, duration) => `${duration}, ${verb} ${count} ${noun}`,
  (verb, count, noun, duration) =>
    `${verb.toUpperCase()} ${count} ${noun.toUpperCase()} FOR ${duration.toUpperCase()}`,
];

describe("Property 12: natural-language workload extraction", () => {
  it("extracts the stated quantity and duration from generated requests", () => {
    fc.assert(
      fc.property(
        spelledCount,
        spelledDuration,
        fc.constantFrom(...nouns),
        fc.constantFrom(...shapes),
        (count, duration, [verb, unit, noun], shape) => {
          const parsed = parseWorkload(shape(verb, count.text, noun, duration.text));
          expect(parsed.quantity).toBe(count.n);
          expect(parsed.quantityUnit).toBe(unit);
          expect(parsed.durationHours).toBeCloseTo(duration.hours, 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});
