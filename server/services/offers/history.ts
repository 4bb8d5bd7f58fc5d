import { and, eq, gte, sql } from "drizzle-orm";
import { gpuOffers, priceHistory } from "@/drizzle/schema";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";

export interface PricePoint {
  bucket: string;
  min: number;
  max: number;
  avg: number;
  observations: number;
}

const MAX_DAYS = 90;

function sinceFor(days: number, now: Date): Date {
  if (!Number.isFinite(days) || days <= 0 || days > MAX_DAYS) {
    throw new AppError("VALIDATION_ERROR", `days must be between 1 and ${MAX_DAYS}`, { field: "days" });
  }
  return new Date(now.getTime() - days * 24 * 3600 * 1000);
}

const bucket = sql<string>`to_char(date_trunc('hour', ${priceHistory.recordedAt} at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:00:00"Z"')`;

/** Hourly buckets of one offer's recorded prices (USD per hour, whole instance). */
export async function offerPriceHistory(
  db: Executor,
  offerId: string,
  days = 30,
  now = new Date(),
): Promise<PricePoint[]> {
  const rows = await db
    .select({
      bucket,
      min: sql<string>`min(${priceHistory.pricePerHour})`,
      max: sql<string>`max(${priceHistory.pricePerHour})`,
      avg: sql<string>`avg(${priceHistory.pricePerHour})`,
      n: sql<number>`count(*)::int`,
    })
    .from(priceHistory)
    .where(and(eq(priceHistory.offerId, offerId), gte(priceHistory.recordedAt, sinceFor(days, now))))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows.map(toPoint);
}

/** Hourly buckets across all offers of one canonical GPU model, per GPU-hour. */
export async function gpuPriceHistory(
  db: Executor,
  gpuModel: string,
  days = 30,
  now = new Date(),
): Promise<PricePoint[]> {
  const perGpu = sql`${priceHistory.pricePerHour} / ${gpuOffers.gpuCount}`;
  const rows = await db
    .select({
      bucket,
      min: sql<string>`min(${perGpu})`,
      max: sql<string>`max(${perGpu})`,
      avg: sql<string>`avg(${perGpu})`,
      n: sql<number>`count(*)::int`,
    })
    .from(priceHistory)
    .innerJoin(gpuOffers, eq(gpuOffers.id, priceHistory.offerId))
    .where(and(eq(gpuOffers.gpuModel, gpuModel), gte(priceHistory.recordedAt, sinceFor(days, now))))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows.map(toPoint);
}

function toPoint(r: { bucket: string; min: string; max: string; avg: string; n: number }): PricePoint {
  const r4 = (v: string) => Math.round(Number(v) * 10_000) / 10_000;
  return { bucket: r.bucket, min: r4(r.min), max: r4(r.max), avg: r4(r.avg), observations: r.n };
}
