import { and, eq, inArray, lt, ne, sql } from "drizzle-orm";
import { events, gpuOffers, priceHistory, providers } from "@/drizzle/schema";
import type { NormalizedOffer, OfferSource } from "@/lib/providers/types";
import type { Database, Transaction } from "@/server/db";
import { toMoney4, toMoney4OrNull } from "./money";

/** Offers of a provider absent from its successful fetches for this long become stale. */
export const STALE_AFTER_MS = 15 * 60 * 1000;
/** Rows per INSERT: ~40 columns × 500 stays far below PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

export interface StoreSummary {
  offers: number;
  new: number;
  changed: number;
  unchanged: number;
  stale: number;
  /** snapshot offers of this provider retired because live data arrived */
  replacedSnapshot: number;
}

type Existing = { id: string; price: string; availability: string };

/**
 * Writes one provider's fetch in ONE transaction: upsert offers keyed by (provider, external_id),
 * append price_history only for new offers and price/availability changes, write one
 * `price_updates` outbox event per changed offer, mark offers unseen for 15 minutes stale
 * (never deleted), retire this provider's snapshot rows when live data arrives, and record the
 * successful sync on the provider row. Either all of it lands or none.
 */
export async function storeProviderOffers(
  db: Database,
  providerId: string,
  offers: readonly NormalizedOffer[],
  observedAt: Date,
  ttlS = 300,
): Promise<StoreSummary> {
  const unique = dedupe(offers);
  return db.transaction(async (tx) => {
    const existing = await loadExisting(tx, providerId, unique);
    const changes: { id: string; old: Existing; offer: NormalizedOffer }[] = [];
    const fresh: string[] = [];
    const ids = new Map<string, string>();

    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = unique.slice(i, i + CHUNK).map((o) => toRow(providerId, o, observedAt, ttlS));
      const written = await tx
        .insert(gpuOffers)
        .values(rows)
        .onConflictDoUpdate({ target: [gpuOffers.providerId, gpuOffers.externalId], set: updateSet })
        .returning({ id: gpuOffers.id, externalId: gpuOffers.externalId });
      for (const w of written) ids.set(w.externalId, w.id);
    }

    const history: (typeof priceHistory.$inferInsert)[] = [];
    for (const offer of unique) {
      const id = ids.get(offer.externalId);
      if (!id) continue;
      const price = toMoney4(offer.pricePerHourUsd);
      const before = existing.get(offer.externalId);
      if (!before) fresh.push(id);
      else if (before.price !== price || before.availability !== offer.availability)
        changes.push({ id, old: before, offer });
      else continue;
      history.push({
        offerId: id,
        pricePerHour: price,
        availabilityStatus: offer.availability,
        recordedAt: observedAt,
      });
    }
    for (let i = 0; i < history.length; i += CHUNK)
      await tx.insert(priceHistory).values(history.slice(i, i + CHUNK));

    const outbox = changes.map(({ id, old, offer }) => ({
      topic: "price_updates",
      key: providerId,
      payload: {
        offer_id: id,
        provider: offer.provider,
        gpu_model: offer.gpuModel,
        old_price: Number(old.price),
        new_price: Number(toMoney4(offer.pricePerHourUsd)),
        old_availability: old.availability,
        new_availability: offer.availability,
        timestamp: observedAt.toISOString(),
      },
    }));
    for (let i = 0; i < outbox.length; i += CHUNK) await tx.insert(events).values(outbox.slice(i, i + CHUNK));

    const source = unique[0]?.source ?? "api";
    const stale = await markStale(tx, providerId, source, observedAt);
    const replacedSnapshot = source === "snapshot" ? 0 : await retireSnapshot(tx, providerId);
    await tx
      .update(providers)
      .set({ lastSyncAt: observedAt, errorCount: 0, status: "active", lastError: null })
      .where(eq(providers.id, providerId));

    return {
      offers: unique.length,
      new: fresh.length,
      changed: changes.length,
      unchanged: unique.length - fresh.length - changes.length,
      stale,
      replacedSnapshot,
    };
  });
}

/** A failed fetch: count it and keep every stored offer (the design's fallback is stale data). */
export async function recordProviderFailure(db: Database, providerId: string, error: string): Promise<void> {
  await db
    .update(providers)
    .set({
      errorCount: sql`${providers.errorCount} + 1`,
      status: sql`case when ${providers.errorCount} + 1 >= 3 then 'down' else 'degraded' end`,
      lastError: error.slice(0, 1000),
    })
    .where(eq(providers.id, providerId));
}

function dedupe(offers: readonly NormalizedOffer[]): NormalizedOffer[] {
  const byId = new Map<string, NormalizedOffer>();
  for (const o of offers) byId.set(o.externalId, o);
  return [...byId.values()];
}

async function loadExisting(tx: Transaction, providerId: string, offers: NormalizedOffer[]) {
  const map = new Map<string, Existing>();
  const externalIds = offers.map((o) => o.externalId);
  for (let i = 0; i < externalIds.length; i += 5000) {
    const rows = await tx
      .select({
        id: gpuOffers.id,
        externalId: gpuOffers.externalId,
        price: gpuOffers.pricePerHour,
        availability: gpuOffers.availabilityStatus,
      })
      .from(gpuOffers)
      .where(
        and(
          eq(gpuOffers.providerId, providerId),
          inArray(gpuOffers.externalId, externalIds.slice(i, i + 5000)),
        ),
      );
    for (const r of rows) map.set(r.externalId, { id: r.id, price: r.price, availability: r.availability });
  }
  return map;
}

/** Offers of this provider and source not seen within STALE_AFTER_MS of this fetch. */
async function markStale(tx: Transaction, providerId: string, source: OfferSource, observedAt: Date) {
  const cutoff = new Date(observedAt.getTime() - STALE_AFTER_MS);
  const rows = await tx
    .update(gpuOffers)
    .set({ stale: true })
    .where(
      and(
        eq(gpuOffers.providerId, providerId),
        eq(gpuOffers.source, source),
        eq(gpuOffers.stale, false),
        lt(gpuOffers.lastSeenAt, cutoff),
      ),
    )
    .returning({ id: gpuOffers.id });
  return rows.length;
}

async function retireSnapshot(tx: Transaction, providerId: string) {
  const rows = await tx
    .update(gpuOffers)
    .set({ stale: true })
    .where(
      and(eq(gpuOffers.providerId, providerId), eq(gpuOffers.source, "snapshot"), ne(gpuOffers.stale, true)),
    )
    .returning({ id: gpuOffers.id });
  return rows.length;
}

function toRow(
  providerId: string,
  o: NormalizedOffer,
  observedAt: Date,
  ttlS: number,
): typeof gpuOffers.$inferInsert {
  const vram = o.vramPerGpuGb;
  return {
    providerId,
    externalId: o.externalId,
    instanceType: o.instanceType.slice(0, 255),
    gpuType: o.gpuName.slice(0, 100),
    gpuModel: o.gpuModel,
    gpuIdentity: o.gpuIdentity,
    gpuCount: o.gpuCount,
    vramPerGpuGb: vram,
    gpuMemoryGb: Math.round((vram ?? 0) * o.gpuCount),
    formFactor: o.formFactor,
    interconnect: o.interconnect,
    cpuCores: o.cpuCores === null ? null : Math.round(o.cpuCores),
    ramGb: o.ramGb,
    storageGb: o.storageGb,
    pricePerHour: toMoney4(o.pricePerHourUsd),
    pricePerGpuHour: toMoney4(o.pricePerGpuHourUsd),
    spotPricePerHour: toMoney4OrNull(o.spotPricePerHourUsd),
    currency: "USD",
    listPricePerHour: toMoney4(o.pricePerHour),
    listCurrency: o.currency,
    region: o.region.slice(0, 50),
    country: o.country,
    continent: o.continent,
    market: o.market,
    availabilityStatus: o.availability,
    availableCount: o.availableCount,
    complianceTags: o.complianceTags,
    reliability: o.reliability === null ? null : o.reliability.toFixed(3),
    storagePriceGbMonth: toMoney4OrNull(o.storagePriceGbMonth),
    egressPriceGb: toMoney4OrNull(o.egressPriceGb),
    bootTimeS: o.bootTimeS === null ? null : Math.round(o.bootTimeS),
    source: o.source,
    observedAt,
    ttlS,
    stale: false,
    lastSeenAt: observedAt,
    updatedAt: observedAt,
  };
}

/** On conflict every observed field is refreshed from the new row. */
const updateSet = Object.fromEntries(
  [
    "instance_type",
    "gpu_type",
    "gpu_model",
    "gpu_identity",
    "gpu_count",
    "vram_per_gpu_gb",
    "gpu_memory_gb",
    "form_factor",
    "interconnect",
    "cpu_cores",
    "ram_gb",
    "storage_gb",
    "price_per_hour",
    "price_per_gpu_hour",
    "spot_price_per_hour",
    "list_price_per_hour",
    "list_currency",
    "region",
    "country",
    "continent",
    "market",
    "availability_status",
    "available_count",
    "compliance_tags",
    "reliability",
    "storage_price_gb_month",
    "egress_price_gb",
    "boot_time_s",
    "source",
    "observed_at",
    "ttl_s",
    "stale",
    "last_seen_at",
    "updated_at",
  ].map((column) => [toCamel(column), sql.raw(`excluded.${column}`)]),
);

function toCamel(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
