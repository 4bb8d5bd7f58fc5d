import { and, arrayContains, eq, gte, ilike, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import { gpuOffers, providers } from "@/drizzle/schema";
import type { OfferFilters } from "@/lib/marketplace/filters";
import { matchGpuTypes } from "./gpu-match";

/**
 * Region shortcuts users type ("eu", "us", "asia"): a region word that is a continent or country
 * shortcut matches by continent/country, anything else matches the provider's region id.
 */
const regionShortcuts: Record<string, SQL> = {
  eu: sql`${gpuOffers.continent} = 'europe'`,
  europe: sql`${gpuOffers.continent} = 'europe'`,
  us: sql`${gpuOffers.country} = 'US'`,
  usa: sql`${gpuOffers.country} = 'US'`,
  na: sql`${gpuOffers.continent} = 'north_america'`,
  "north-america": sql`${gpuOffers.continent} = 'north_america'`,
  asia: sql`${gpuOffers.continent} = 'asia'`,
  apac: sql`${gpuOffers.continent} in ('asia', 'oceania')`,
  oceania: sql`${gpuOffers.continent} = 'oceania'`,
  latam: sql`${gpuOffers.continent} = 'south_america'`,
  "middle-east": sql`${gpuOffers.continent} = 'middle_east'`,
  africa: sql`${gpuOffers.continent} = 'africa'`,
};

const num = (v: number) => String(v);

/** Every filter → one SQL condition; undefined filters add nothing. Property 4 tests this. */
export function offerConditions(f: OfferFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (!f.include_stale) conditions.push(eq(gpuOffers.stale, false));
  if (f.gpu_type?.length) {
    const { models, rawPatterns } = matchGpuTypes(f.gpu_type);
    conditions.push(
      or(
        models.length ? inArray(gpuOffers.gpuModel, models) : undefined,
        ...rawPatterns.map((p) => ilike(gpuOffers.gpuType, `%${escapeLike(p)}%`)),
      ) ?? sql`false`,
    );
  }
  if (f.gpu_count_min !== undefined) conditions.push(gte(gpuOffers.gpuCount, f.gpu_count_min));
  if (f.gpu_count_max !== undefined) conditions.push(lte(gpuOffers.gpuCount, f.gpu_count_max));
  if (f.vram_min !== undefined) conditions.push(gte(gpuOffers.vramPerGpuGb, f.vram_min));
  if (f.vram_max !== undefined) conditions.push(lte(gpuOffers.vramPerGpuGb, f.vram_max));
  if (f.total_vram_min !== undefined) conditions.push(gte(gpuOffers.gpuMemoryGb, f.total_vram_min));
  if (f.total_vram_max !== undefined) conditions.push(lte(gpuOffers.gpuMemoryGb, f.total_vram_max));
  if (f.min_price !== undefined) conditions.push(gte(gpuOffers.pricePerHour, num(f.min_price)));
  if (f.max_price !== undefined) conditions.push(lte(gpuOffers.pricePerHour, num(f.max_price)));
  if (f.min_gpu_price !== undefined) conditions.push(gte(gpuOffers.pricePerGpuHour, num(f.min_gpu_price)));
  if (f.max_gpu_price !== undefined) conditions.push(lte(gpuOffers.pricePerGpuHour, num(f.max_gpu_price)));
  if (f.provider?.length) conditions.push(inArray(providers.name, f.provider));
  if (f.region?.length) {
    conditions.push(
      or(
        ...f.region.map(
          (r) => regionShortcuts[r.toLowerCase()] ?? eq(sql`lower(${gpuOffers.region})`, r.toLowerCase()),
        ),
      ),
    );
  }
  if (f.country?.length)
    conditions.push(
      inArray(
        gpuOffers.country,
        f.country.map((c) => c.toUpperCase()),
      ),
    );
  if (f.continent?.length) conditions.push(inArray(gpuOffers.continent, f.continent));
  if (f.market?.length) conditions.push(inArray(gpuOffers.market, f.market));
  if (f.availability?.length) conditions.push(inArray(gpuOffers.availabilityStatus, f.availability));
  if (f.compliance?.length) conditions.push(arrayContains(gpuOffers.complianceTags, f.compliance));
  if (f.interconnect?.length) conditions.push(inArray(gpuOffers.interconnect, f.interconnect));
  if (f.form_factor?.length) conditions.push(inArray(gpuOffers.formFactor, f.form_factor));
  if (f.source?.length) conditions.push(inArray(gpuOffers.source, f.source));
  if (f.min_reliability !== undefined) conditions.push(gte(gpuOffers.reliability, num(f.min_reliability)));
  if (f.q?.trim()) conditions.push(textSearch(f.q));
  return and(...conditions);
}

/** Each word must match the offer's search vector as a prefix, or its provider's name. */
function textSearch(q: string): SQL | undefined {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean)
    .slice(0, 8);
  return and(
    ...words.map(
      (w) =>
        or(
          sql`${sql.raw('"gpu_offers"."search_vector"')} @@ to_tsquery('simple', ${`${w}:*`})`,
          ilike(providers.name, `%${w}%`),
          ilike(providers.displayName, `%${w}%`),
        ) ?? sql`false`,
    ),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
