import { and, asc, count, eq, lte, type SQL, sql } from "drizzle-orm";
import { gpuBenchmarks, gpuOffers, providers } from "@/drizzle/schema";
import type { ListOffersQuery, OfferSort, SortField } from "@/lib/marketplace/filters";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";
import { offerColumns } from "./columns";
import { offerConditions } from "./conditions";
import { type OfferDto, toOfferDto } from "./dto";
import { matchGpuTypes } from "./gpu-match";

export interface OfferList {
  total: number;
  items: OfferDto[];
  warnings: string[];
  page: number;
  per_page: number;
  pages: number;
  as_of: string;
}

const sortExpressions: Record<SortField, SQL> = {
  price_per_hour: sql`${gpuOffers.pricePerHour}`,
  price_per_gpu_hour: sql`${gpuOffers.pricePerGpuHour}`,
  gpu_count: sql`${gpuOffers.gpuCount}`,
  vram_per_gpu_gb: sql`${gpuOffers.vramPerGpuGb}`,
  total_vram_gb: sql`${gpuOffers.gpuMemoryGb}`,
  reliability: sql`${gpuOffers.reliability}`,
  gpu_model: sql`${gpuOffers.gpuModel}`,
  provider: sql`${providers.name}`,
  region: sql`${gpuOffers.region}`,
  observed_at: sql`${gpuOffers.observedAt}`,
  cost_per_1m_tokens_7b: sql`(${gpuOffers.pricePerGpuHour} / nullif(${gpuBenchmarks.tokensPerSecond7b}, 0))`,
};

/** ORDER BY the chosen field, nulls last, then id so equal values page deterministically. */
export function offerOrder(sort: OfferSort): SQL[] {
  const expr = sortExpressions[sort.sort];
  return [
    sort.order === "desc" ? sql`${expr} desc nulls last` : sql`${expr} asc nulls last`,
    asc(gpuOffers.id),
  ];
}

export function offersBase(db: Executor) {
  return db
    .select(offerColumns)
    .from(gpuOffers)
    .innerJoin(providers, eq(providers.id, gpuOffers.providerId))
    .leftJoin(gpuBenchmarks, eq(gpuBenchmarks.gpuModel, gpuOffers.gpuModel));
}

export async function listOffers(db: Executor, query: ListOffersQuery, now = new Date()): Promise<OfferList> {
  const asOf = query.as_of ?? now;
  const where = and(offerConditions(query), lte(gpuOffers.createdAt, asOf));
  // the count needs the providers join only when a filter reads provider columns
  const needsProviders = Boolean(query.provider?.length || query.q?.trim());
  const countQuery = db.select({ n: count() }).from(gpuOffers);
  const [totalRow] = needsProviders
    ? await countQuery.innerJoin(providers, eq(providers.id, gpuOffers.providerId)).where(where)
    : await countQuery.where(where);
  const total = totalRow?.n ?? 0;
  const rows = await offersBase(db)
    .where(where)
    .orderBy(...offerOrder(query))
    .limit(query.per_page)
    .offset((query.page - 1) * query.per_page);
  const items = rows.map((r) => toOfferDto(r, now.getTime()));
  return {
    total,
    items,
    warnings: listWarnings(query, items, now),
    page: query.page,
    per_page: query.per_page,
    pages: Math.max(1, Math.ceil(total / query.per_page)),
    as_of: asOf.toISOString(),
  };
}

export async function getOffer(db: Executor, id: string, now = new Date()): Promise<OfferDto> {
  if (!/^[0-9a-f-]{36}$/i.test(id))
    throw new AppError("VALIDATION_ERROR", "Offer id must be a UUID", { field: "id" });
  const [row] = await offersBase(db).where(eq(gpuOffers.id, id)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", `No offer ${id}`, { id });
  return toOfferDto(row, now.getTime());
}

const STALE_AFTER_S = 15 * 60;

function listWarnings(query: ListOffersQuery, items: OfferDto[], now: Date): string[] {
  const warnings: string[] = [];
  if (query.gpu_type?.length) {
    const { rawPatterns } = matchGpuTypes(query.gpu_type);
    for (const p of rawPatterns)
      warnings.push(`'${p}' is not a GPU model we know; matched it against provider GPU names`);
  }
  const snapshot = items.filter((i) => i.provenance.source === "snapshot");
  if (snapshot.length > 0) {
    const date = snapshot[0]?.provenance.observed_at.slice(0, 10);
    warnings.push(`${snapshot.length} offer(s) on this page come from the bundled price snapshot of ${date}`);
  }
  const old = items.filter((i) => i.provenance.source === "api" && i.provenance.age_s > STALE_AFTER_S);
  if (old.length > 0) {
    const oldest = Math.max(...old.map((i) => i.provenance.age_s));
    warnings.push(
      `${old.length} live price(s) are older than 15 minutes (oldest ${Math.round(oldest / 60)} min)`,
    );
  }
  if (query.as_of && query.as_of.getTime() < now.getTime() - 3_600_000) {
    warnings.push("as_of is more than an hour old: offers added since are not listed");
  }
  return warnings;
}
