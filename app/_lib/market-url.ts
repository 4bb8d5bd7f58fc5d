import {
  type ListOffersQuery,
  listOffersQuerySchema,
  type OfferFilters,
  offerFiltersSchema,
} from "@/lib/marketplace/filters";

/**
 * The marketplace state lives in the URL, spelled like the REST API's query parameters
 * (`gpu_type=H100&max_price=5&sort=price_per_gpu_hour&page=2`), so a shared link, the back
 * button and the export URL all read the same thing. Defaults are left out of the URL.
 */
export type MarketQuery = ListOffersQuery;

export const filterKeys = Object.keys(offerFiltersSchema.shape) as (keyof OfferFilters)[];

const defaults = listOffersQuerySchema.parse({});

interface ParamsLike {
  forEach(callback: (value: string, key: string) => void): void;
}

/** URL parameters → a valid query; a parameter that does not validate is dropped, not fatal. */
export function parseMarketParams(params: ParamsLike): MarketQuery {
  const raw: Record<string, string> = {};
  params.forEach((value, key) => {
    raw[key] = key in raw ? `${raw[key]},${value}` : value;
  });
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = listOffersQuerySchema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) delete raw[String(issue.path[0] ?? "")];
  }
  return defaults;
}

function serialize(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(",");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value.trim() === "" ? null : value;
  return String(value);
}

/** Only the filter keys of a query (or of what a form produced); a value that does not validate is dropped. */
export function filtersOf(query: OfferFilters): OfferFilters {
  const filters: Record<string, unknown> = {};
  for (const key of filterKeys) if (query[key] !== undefined) filters[key] = query[key];
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = offerFiltersSchema.safeParse(filters);
    if (result.success) return result.data;
    for (const issue of result.error.issues) delete filters[String(issue.path[0] ?? "")];
  }
  return {};
}

function filterParams(filters: OfferFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const text = serialize(filters[key]);
    if (text !== null) params.set(key, text);
  }
  return params;
}

/** The query → URL parameters, defaults omitted. */
export function marketParams(query: MarketQuery): URLSearchParams {
  const params = filterParams(query);
  if (query.sort !== defaults.sort || query.order !== defaults.order) {
    params.set("sort", query.sort);
    params.set("order", query.order);
  }
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.per_page !== defaults.per_page) params.set("per_page", String(query.per_page));
  if (query.as_of !== undefined) params.set("as_of", query.as_of.toISOString());
  return params;
}

export function marketHref(query: MarketQuery): string {
  const search = marketParams(query).toString();
  return search ? `/?${search}` : "/";
}

/** New filters start a new result set: back to page 1, a fresh pagination snapshot. */
export function withFilters(query: MarketQuery, filters: OfferFilters): MarketQuery {
  return { ...filtersOf(filters), sort: query.sort, order: query.order, page: 1, per_page: query.per_page };
}

export function exportHref(filters: OfferFilters, format: "csv" | "json"): string {
  const params = filterParams(filters);
  params.set("format", format);
  return `/api/v1/providers/export?${params.toString()}`;
}

export const defaultMarketQuery: MarketQuery = defaults;
