import { lookup } from "@/lib/gpu/lookup";
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

/** `example` is a valid term, shown in error messages and usable as a UI hint. */
export type FieldSpec = { example: string } & (
  | { kind: "range"; min: RangeKey; max: RangeKey; unit: Unit }
  | { kind: "minimum"; key: "min_reliability"; unit: Unit }
  | { kind: "list"; key: ListKey; values?: readonly string[] }
  | { kind: "flag"; key: "include_stale" }
  | { kind: "text" }
  | { kind: "sort" }
  | { kind: "order" }
);

/** Canonical field name → spec, in the order the formatter writes terms. */
export const fields = {
  q: { kind: "text", example: 'q="nvlink bridge"' },
  gpu: { kind: "list", key: "gpu_type", example: "gpu=H100" },
  gpus: { kind: "range", min: "gpu_count_min", max: "gpu_count_max", unit: "count", example: "gpus>=2" },
  vram: { kind: "range", min: "vram_min", max: "vram_max", unit: "gb", example: "vram>=80" },
  total_vram: {
    kind: "range",
    min: "total_vram_min",
    max: "total_vram_max",
    unit: "gb",
    example: "total_vram>=640",
  },
  price: { kind: "range", min: "min_price", max: "max_price", unit: "usd", example: "price<3" },
  gpu_price: {
    kind: "range",
    min: "min_gpu_price",
    max: "max_gpu_price",
    unit: "usd",
    example: "gpu_price<=2",
  },
  provider: { kind: "list", key: "provider", example: "provider=runpod" },
  region: { kind: "list", key: "region", example: "region in [eu, us]" },
  country: { kind: "list", key: "country", example: "country=DE" },
  continent: { kind: "list", key: "continent", values: continents, example: "continent=europe" },
  market: { kind: "list", key: "market", values: markets, example: "market=spot" },
  availability: {
    kind: "list",
    key: "availability",
    values: availabilityStatuses,
    example: "availability=available",
  },
  compliance: { kind: "list", key: "compliance", example: "compliance=soc2" },
  interconnect: { kind: "list", key: "interconnect", example: "interconnect=nvlink" },
  form: { kind: "list", key: "form_factor", example: "form=sxm" },
  source: { kind: "list", key: "source", values: offerSources, example: "source=api" },
  reliability: { kind: "minimum", key: "min_reliability", unit: "ratio", example: "reliability>=0.95" },
  stale: { kind: "flag", key: "include_stale", example: "stale=yes" },
  sort: { kind: "sort", example: "sort=-gpu_price" },
  order: { kind: "order", example: "order=desc" },
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
  const name = Object.hasOwn(fields, lower) ? (lower as FieldName) : lookup(fieldAliases, lower);
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
  return lookup(sortAliases, word.toLowerCase());
}

export const sortWords: readonly string[] = Object.keys(sortAliases);

export function sortSpelling(field: SortField): string {
  return Object.entries(sortAliases).find(([, value]) => value === field)?.[0] ?? field;
}

/** Short names of the sort fields, one per field, for error messages. */
export const sortChoices: readonly string[] = [...new Set(Object.values(sortAliases))].map(sortSpelling);

const units: Readonly<Record<Unit, { label: string; suffixes: readonly string[]; per: number }>> = {
  usd: {
    label: "USD",
    suffixes: ["usd", "$", "/h", "/hr", "/hour", "usd/h", "usd/hr", "$/h", "$/hr"],
    per: 1,
  },
  gb: { label: "GB", suffixes: ["gb", "g", "gib"], per: 1 },
  count: { label: "GPUs", suffixes: ["x"], per: 1 },
  ratio: { label: "a fraction 0–1", suffixes: ["%"], per: 100 },
};

const numberPattern = /^(\$?)([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(.*)$/i;

/**
 * `3`, `$3`, `3usd`, `2.5/hr`, `80gb`, `80GB`, `95%` (ratio: 0.95). `nan` when the text is no
 * number; `unit` (with a message) when its unit or `$` does not fit the field.
 */
export function parseNumber(
  text: string,
  unit: Unit,
): { value: number } | { error: "nan" } | { error: "unit"; message: string } {
  const match = numberPattern.exec(text);
  if (match === null) return { error: "nan" };
  const { label, suffixes, per } = units[unit];
  const [, dollar = "", digits = "", rawSuffix = ""] = match;
  const suffix = rawSuffix.toLowerCase();
  if (dollar !== "" && unit !== "usd")
    return { error: "unit", message: `is in ${label}; '$' only applies to prices` };
  if (suffix !== "" && !suffixes.includes(suffix)) {
    const accepted = suffixes.length > 0 ? ` (units: ${suffixes.join(", ")})` : "";
    return { error: "unit", message: `is in ${label}, got unit '${rawSuffix}'${accepted}` };
  }
  const value = Number(digits);
  return { value: suffix === "" ? value : value / per };
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
