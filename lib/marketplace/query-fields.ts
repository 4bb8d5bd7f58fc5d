import { editDistance } from "@/lib/nl/fuzzy";
import { availabilityStatuses, continents, markets, offerSources } from "@/lib/providers/types";
import type { OfferFilters, SortField } from "./filters";

/**
 * The vocabulary of the marketplace query language: which words name which filter, the units a
 * number may carry, and the sort aliases. Data, so the parser and the formatter cannot disagree.
 */

type Keys<V> = {
  [K in keyof OfferFilters]-?: NonNullable<OfferFilters[K]> extends V ? K : never;
}[keyof OfferFilters];
export type RangeKey = Keys<number>;
export type ListKey = Keys<readonly string[]>;
export type Unit = "usd" | "gb" | "count" | "ratio";

export type FieldSpec =
  | { kind: "range"; min: RangeKey; max: RangeKey; unit: Unit }
  | { kind: "minimum"; key: "min_reliability"; unit: Unit }
  | { kind: "list"; key: ListKey; values?: readonly string[] }
  | { kind: "flag"; key: "include_stale" }
  | { kind: "text" }
  | { kind: "sort" }
  | { kind: "order" };

/** Canonical field name → spec, in the order the formatter writes terms. */
export const fields = {
  q: { kind: "text" },
  gpu: { kind: "list", key: "gpu_type" },
  gpus: { kind: "range", min: "gpu_count_min", max: "gpu_count_max", unit: "count" },
  vram: { kind: "range", min: "vram_min", max: "vram_max", unit: "gb" },
  total_vram: { kind: "range", min: "total_vram_min", max: "total_vram_max", unit: "gb" },
  price: { kind: "range", min: "min_price", max: "max_price", unit: "usd" },
  gpu_price: { kind: "range", min: "min_gpu_price", max: "max_gpu_price", unit: "usd" },
  provider: { kind: "list", key: "provider" },
  region: { kind: "list", key: "region" },
  country: { kind: "list", key: "country" },
  continent: { kind: "list", key: "continent", values: continents },
  market: { kind: "list", key: "market", values: markets },
  availability: { kind: "list", key: "availability", values: availabilityStatuses },
  compliance: { kind: "list", key: "compliance" },
  interconnect: { kind: "list", key: "interconnect" },
  form: { kind: "list", key: "form_factor" },
  source: { kind: "list", key: "source", values: offerSources },
  reliability: { kind: "minimum", key: "min_reliability", unit: "ratio" },
  stale: { kind: "flag", key: "include_stale" },
  sort: { kind: "sort" },
  order: { kind: "order" },
} as const satisfies Record<string, FieldSpec>;
export type FieldName = keyof typeof fields;

const fieldAliases: Readonly<Record<string, FieldName>> = {
  gpu_type: "gpu",
  model: "gpu",
  count: "gpus",
  gpu_count: "gpus",
  mem: "vram",
  price_per_gpu: "gpu_price",
  avail: "availability",
  tags: "compliance",
  form_factor: "form",
  text: "q",
  search: "q",
};

export function lookupField(word: string): { name: FieldName; spec: FieldSpec } | null {
  const lower = word.toLowerCase();
  const name = Object.hasOwn(fields, lower) ? (lower as FieldName) : fieldAliases[lower];
  return name === undefined ? null : { name, spec: fields[name] };
}

export const fieldWords: readonly string[] = [...Object.keys(fields), ...Object.keys(fieldAliases)];

/** Sort alias → sort field; the first alias of a field is its canonical spelling. */
const sortAliases: Readonly<Record<string, SortField>> = {
  price: "price_per_hour",
  price_per_hour: "price_per_hour",
  gpu_price: "price_per_gpu_hour",
  price_per_gpu: "price_per_gpu_hour",
  price_per_gpu_hour: "price_per_gpu_hour",
  gpus: "gpu_count",
  gpu_count: "gpu_count",
  count: "gpu_count",
  vram: "vram_per_gpu_gb",
  vram_per_gpu_gb: "vram_per_gpu_gb",
  total_vram: "total_vram_gb",
  total_vram_gb: "total_vram_gb",
  reliability: "reliability",
  gpu: "gpu_model",
  gpu_model: "gpu_model",
  model: "gpu_model",
  provider: "provider",
  region: "region",
  observed_at: "observed_at",
  age: "observed_at",
  tokens: "cost_per_1m_tokens_7b",
  cost_per_token: "cost_per_1m_tokens_7b",
  cost_per_1m_tokens_7b: "cost_per_1m_tokens_7b",
};

export function lookupSort(word: string): SortField | undefined {
  return sortAliases[word.toLowerCase()];
}

export const sortWords: readonly string[] = Object.keys(sortAliases);

export function sortSpelling(field: SortField): string {
  return Object.entries(sortAliases).find(([, value]) => value === field)?.[0] ?? field;
}

/** Short names of the sort fields, one per field, for error messages. */
export const sortChoices: readonly string[] = [...new Set(Object.values(sortAliases))].map(sortSpelling);

const units: Readonly<Record<Unit, { label: string; suffixes: readonly string[]; scale: number }>> = {
  usd: {
    label: "USD",
    suffixes: ["usd", "$", "/h", "/hr", "/hour", "usd/h", "usd/hr", "$/h", "$/hr"],
    scale: 1,
  },
  gb: { label: "GB", suffixes: ["gb", "g", "gib"], scale: 1 },
  count: { label: "GPUs", suffixes: ["x"], scale: 1 },
  ratio: { label: "a fraction 0–1", suffixes: ["%"], scale: 0.01 },
};

const numberPattern = /^(\$?)([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(.*)$/i;

/**
 * `3`, `$3`, `3usd`, `2.5/hr`, `80gb`, `80GB`, `95%` (ratio: 0.95). Returns a message when the
 * text is no number or its unit does not fit the field.
 */
export function parseNumber(text: string, unit: Unit): { value: number } | { message: string } {
  const match = numberPattern.exec(text);
  const { label, suffixes, scale } = units[unit];
  if (match === null) return { message: `needs a number, got '${text}'` };
  const [, dollar = "", digits = "", rawSuffix = ""] = match;
  const suffix = rawSuffix.trim().toLowerCase();
  if (dollar !== "" && unit !== "usd") return { message: `is in ${label}, '$' only applies to prices` };
  if (suffix !== "" && !suffixes.includes(suffix)) {
    return { message: `is in ${label}, got unit '${rawSuffix}' (accepted: ${suffixes.join(", ")})` };
  }
  const value = Number(digits);
  return { value: suffix === "" ? value : value * scale };
}

/** The closest candidate within a small edit distance ("vrm" → "vram"), or null. */
export function suggest(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  const max = lower.length <= 4 ? 1 : 2;
  if (lower.length > 40) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate, max);
    if (distance < bestDistance && distance < lower.length) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
