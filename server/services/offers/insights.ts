import { and, eq, gte, sql } from "drizzle-orm";
import { gpuOffers, priceHistory, providers } from "@/drizzle/schema";
import type { Executor } from "@/server/db";

export interface MarketInsights {
  total_providers: number;
  total_offers: number;
  average_price_per_gpu_hour: number | null;
  cheapest_by_gpu: { gpu_model: string; offer_id: string; provider: string; price_per_gpu_hour: number }[];
  trend_7d: { day: string; average_price_per_gpu_hour: number; observations: number }[];
  generated_at: string;
}

/** Market-wide figures over live (non-stale) offers; the trend reads price_history. */
export async function marketInsights(db: Executor, now = new Date()): Promise<MarketInsights> {
  const live = eq(gpuOffers.stale, false);
  const [totals] = await db
    .select({
      providers: sql<number>`count(distinct ${gpuOffers.providerId})::int`,
      offers: sql<number>`count(*)::int`,
      avg: sql<string | null>`avg(${gpuOffers.pricePerGpuHour})`,
    })
    .from(gpuOffers)
    .where(live);
  const cheapest = await db
    .selectDistinctOn([gpuOffers.gpuModel], {
      gpuModel: gpuOffers.gpuModel,
      id: gpuOffers.id,
      provider: providers.name,
      price: gpuOffers.pricePerGpuHour,
    })
    .from(gpuOffers)
    .innerJoin(providers, eq(providers.id, gpuOffers.providerId))
    .where(and(live, sql`${gpuOffers.gpuModel} is not null`))
    .orderBy(gpuOffers.gpuModel, gpuOffers.pricePerGpuHour, gpuOffers.id);
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const trend = await db
    .select({
      day: sql<string>`to_char(date_trunc('day', ${priceHistory.recordedAt} at time zone 'UTC'), 'YYYY-MM-DD')`,
      avg: sql<string>`avg(${priceHistory.pricePerHour} / ${gpuOffers.gpuCount})`,
      n: sql<number>`count(*)::int`,
    })
    .from(priceHistory)
    .innerJoin(gpuOffers, eq(gpuOffers.id, priceHistory.offerId))
    .where(gte(priceHistory.recordedAt, since))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return {
    total_providers: totals?.providers ?? 0,
    total_offers: totals?.offers ?? 0,
    average_price_per_gpu_hour: totals?.avg == null ? null : round4(Number(totals.avg)),
    cheapest_by_gpu: cheapest.map((c) => ({
      gpu_model: c.gpuModel ?? "",
      offer_id: c.id,
      provider: c.provider,
      price_per_gpu_hour: Number(c.price),
    })),
    trend_7d: trend.map((t) => ({
      day: t.day,
      average_price_per_gpu_hour: round4(Number(t.avg)),
      observations: t.n,
    })),
    generated_at: now.toISOString(),
  };
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
