import { z } from "zod";
import {
  budgetSchema,
  continentSchema,
  gpuRequestSchema,
  type ParsedWorkload,
  quantityUnitSchema,
  workloadTypeSchema,
} from "../schema";

/**
 * Field-level accuracy of the workload parser over a labelled set
 * (workload-requests.json; labelling rules in LABELING.md).
 *
 * Exact-match rules, per field:
 * - numbers (quantity, durationHours, paramsBillions, minVramGb, budget amount, gpu count)
 *   match when |expected − got| ≤ 1e-9; null matches only null;
 * - strings and enums (workloadType, quantityUnit, model name, currency, period, gpu model,
 *   country, continent) match exactly, case included;
 * - `model.name` and `model.paramsBillions` are scored separately; a missing model counts as
 *   name null and params null;
 * - `budget` matches when amount, currency and period all match (or both are null);
 * - `gpu` matches when model and count both match (or both are null);
 * - `region` matches when country and continent both match (or both are null); the raw phrase
 *   is free text and not scored.
 * Accuracy = matching items / all items, so every item counts for every field.
 */

export const expectedWorkloadSchema = z.object({
  workloadType: workloadTypeSchema,
  quantity: z.number().nullable(),
  quantityUnit: quantityUnitSchema.nullable(),
  durationHours: z.number().nullable(),
  model: z.object({ name: z.string().nullable(), paramsBillions: z.number().nullable() }).nullable(),
  budget: budgetSchema.nullable(),
  gpu: gpuRequestSchema.nullable(),
  region: z.object({ country: z.string().nullable(), continent: continentSchema.nullable() }).nullable(),
  minVramGb: z.number().nullable(),
});
export type ExpectedWorkload = z.infer<typeof expectedWorkloadSchema>;

export const evalItemSchema = z.object({
  id: z.string().min(1),
  split: z.enum(["dev", "test"]),
  /**
   * 1: written before the parser; 2 and 3: written after it existed and labelled before it was
   * run on them (batch 2 then informed fixes; batch 3 is reported as first run)
   */
  batch: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string(),
  expected: expectedWorkloadSchema,
});
export type EvalItem = z.infer<typeof evalItemSchema>;
export const evalSetSchema = z.array(evalItemSchema);

export const scoredFields = [
  "workloadType",
  "quantity",
  "quantityUnit",
  "durationHours",
  "model.name",
  "model.paramsBillions",
  "budget",
  "gpu",
  "region",
  "minVramGb",
] as const;
export type ScoredField = (typeof scoredFields)[number];

export const numberTolerance = 1e-9;

export function sameNumber(expected: number | null, got: number | null): boolean {
  if (expected === null || got === null) return expected === got;
  return Math.abs(expected - got) <= numberTolerance;
}

/** The value of `field` in an expected or parsed workload, in a comparable shape. */
export function fieldValue(field: ScoredField, value: ExpectedWorkload | ParsedWorkload): unknown {
  switch (field) {
    case "model.name":
      return value.model?.name ?? null;
    case "model.paramsBillions":
      return value.model?.paramsBillions ?? null;
    case "region":
      return value.region === null
        ? null
        : { country: value.region.country, continent: value.region.continent };
    default:
      return value[field];
  }
}

export function fieldMatches(field: ScoredField, expected: ExpectedWorkload, got: ParsedWorkload): boolean {
  switch (field) {
    case "quantity":
    case "durationHours":
    case "minVramGb":
      return sameNumber(expected[field], got[field]);
    case "model.paramsBillions":
      return sameNumber(expected.model?.paramsBillions ?? null, got.model?.paramsBillions ?? null);
    case "budget": {
      const [a, b] = [expected.budget, got.budget];
      if (a === null || b === null) return a === b;
      return sameNumber(a.amount, b.amount) && a.currency === b.currency && a.per === b.per;
    }
    case "gpu": {
      const [a, b] = [expected.gpu, got.gpu];
      if (a === null || b === null) return a === b;
      return a.model === b.model && sameNumber(a.count, b.count);
    }
    case "region": {
      const [a, b] = [expected.region, got.region];
      if (a === null || b === null) return a === b;
      return a.country === b.country && a.continent === b.continent;
    }
    default:
      return fieldValue(field, expected) === fieldValue(field, got);
  }
}

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
}

export interface Mismatch {
  id: string;
  split: EvalItem["split"];
  text: string;
  field: ScoredField;
  expected: unknown;
  got: unknown;
}

export interface AccuracyReport {
  items: number;
  fields: Record<ScoredField, FieldScore>;
  mismatches: Mismatch[];
}

/** A record with one entry per scored field (spelled out so the compiler checks it is complete). */
function byField<T>(value: (field: ScoredField) => T): Record<ScoredField, T> {
  return {
    workloadType: value("workloadType"),
    quantity: value("quantity"),
    quantityUnit: value("quantityUnit"),
    durationHours: value("durationHours"),
    "model.name": value("model.name"),
    "model.paramsBillions": value("model.paramsBillions"),
    budget: value("budget"),
    gpu: value("gpu"),
    region: value("region"),
    minVramGb: value("minVramGb"),
  };
}

/** Scores `parse` on `items`; an empty set scores 1 on every field (nothing was wrong). */
export function evaluateAccuracy(
  items: readonly EvalItem[],
  parse: (text: string) => ParsedWorkload,
): AccuracyReport {
  const correct = byField(() => 0);
  const mismatches: Mismatch[] = [];
  for (const item of items) {
    const got = parse(item.text);
    for (const field of scoredFields) {
      if (fieldMatches(field, item.expected, got)) {
        correct[field] += 1;
      } else {
        const expected = fieldValue(field, item.expected);
        mismatches.push({
          id: item.id,
          split: item.split,
          text: item.text,
          field,
          expected,
          got: fieldValue(field, got),
        });
      }
    }
  }
  const fields = byField((field) => ({
    correct: correct[field],
    total: items.length,
    accuracy: items.length === 0 ? 1 : correct[field] / items.length,
  }));
  return { items: items.length, fields, mismatches };
}
