import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../parse-workload";
import type { ParsedWorkload } from "../schema";
import {
  type EvalItem,
  evalSetSchema,
  evaluateAccuracy,
  fieldMatches,
  sameNumber,
  scoredFields,
} from "./accuracy";

const items = evalSetSchema.parse(
  JSON.parse(readFileSync(new URL("./workload-requests.json", import.meta.url), "utf8")),
);

describe("evaluation set", () => {
  it("has at least 180 labelled requests with unique ids and about a third in dev", () => {
    expect(items.length).toBeGreaterThanOrEqual(180);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const devShare = items.filter((item) => item.split === "dev").length / items.length;
    expect(devShare).toBeGreaterThan(0.25);
    expect(devShare).toBeLessThan(0.4);
  });

  it("covers every workload type, off-topic messages included", () => {
    const types = new Set(items.map((item) => item.expected.workloadType));
    expect(types.size).toBe(10);
    expect(items.filter((item) => item.expected.workloadType === "other").length).toBeGreaterThanOrEqual(20);
  });
});

describe("evaluateAccuracy", () => {
  const expected: EvalItem["expected"] = {
    workloadType: "image_generation",
    quantity: 10,
    quantityUnit: "images",
    durationHours: 1,
    model: null,
    budget: null,
    gpu: null,
    region: null,
    minVramGb: null,
  };
  const item: EvalItem = {
    id: "x",
    split: "dev",
    batch: 1,
    text: "I need to process 10 AI images for 1 hour",
    expected,
  };

  it("scores a perfect parse 1 on every field", () => {
    const report = evaluateAccuracy([item], parseWorkload);
    expect(report.mismatches).toEqual([]);
    for (const field of scoredFields) expect(report.fields[field].accuracy).toBe(1);
  });

  it("lists each wrong field with expected and got", () => {
    const wrong = (): ParsedWorkload => ({
      ...parseWorkload(item.text),
      quantity: 11,
      region: null,
      gpu: { model: "H100", count: 1 },
    });
    const report = evaluateAccuracy([item], wrong);
    expect(report.mismatches.map((miss) => [miss.field, miss.expected, miss.got])).toEqual([
      ["quantity", 10, 11],
      ["gpu", null, { model: "H100", count: 1 }],
    ]);
    expect(report.fields.quantity).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  it("compares numbers within 1e-9 and null only with null", () => {
    expect(sameNumber(1 / 3, 0.333333333333)).toBe(true);
    expect(sameNumber(1, 1.000001)).toBe(false);
    expect(sameNumber(null, 0)).toBe(false);
    expect(sameNumber(null, null)).toBe(true);
  });

  it("scores model name and size separately, and ignores the raw region phrase", () => {
    const got = { ...parseWorkload("x"), model: { name: "sdxl", paramsBillions: 3.5 }, region: null };
    const withModel = { ...expected, model: { name: "sdxl", paramsBillions: null } };
    expect(fieldMatches("model.name", withModel, got)).toBe(true);
    expect(fieldMatches("model.paramsBillions", withModel, got)).toBe(false);
    const regionGot = { ...got, region: { raw: "the eu", country: null, continent: "europe" as const } };
    expect(
      fieldMatches("region", { ...expected, region: { country: null, continent: "europe" } }, regionGot),
    ).toBe(true);
  });

  it("scores an empty set as 1", () => {
    expect(evaluateAccuracy([], parseWorkload).fields.budget.accuracy).toBe(1);
  });
});

describe("parser accuracy on the evaluation set", () => {
  const report = evaluateAccuracy(items, parseWorkload);

  it.each(scoredFields)("extracts %s with accuracy ≥ 0.97 on the whole set", (field) => {
    expect(report.fields[field].accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it("Property 12: natural-language workload extraction — quantity and duration > 0.90 on test requests that state both", () => {
    const both = items.filter(
      (item) =>
        item.split === "test" && item.expected.quantity !== null && item.expected.durationHours !== null,
    );
    expect(both.length).toBeGreaterThanOrEqual(10);
    const scored = evaluateAccuracy(both, parseWorkload);
    expect(scored.fields.quantity.accuracy).toBeGreaterThan(0.9);
    expect(scored.fields.durationHours.accuracy).toBeGreaterThan(0.9);
  });
});
