import { and, eq, inArray, lt, ne, sql } from "drizzle-orm";
import { events, gpuOffers, providers } from "@/drizzle/schema";
import type { NormalizedOffer, OfferSource } from "@/lib/providers/types";
import type { Database, Transaction } from "@/server/db";
import { toMoney4 } from "./money";
import { bulkInsertHistory, bulkUpsertOffers } from "./offer-bulk-upsert";

/** Offers of a provider absent from its successful fetches for this long become stale. */
export const STALE_AFTER_MS = 15 * 60 * 1000;
/** Rows per statement: large enough to amortise round trips, small enough to bound memory. */
const CHUNK = 5000;

export interface StoreSummary {
  offers: number;
  new: number;
  changed: number;
  unchanged: number;
  stale: number;
  /** snapshot offers of this provider retired because live data arrived */
  replacedSnapshot: number;
  /** offers whose price or availability changed (for cache invalidation) */
  changedIds: string[];
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
      const written = await bulkUpsertOffers(tx, providerId, unique.slice(i, i + CHUNK), observedAt, ttlS);
      for (const w of written) ids.set(w.externalId, w.id);
    }

    const history: { offerId: string; price: string; availability: string }[] = [];
    for (const offer of unique) {
      const id = ids.get(offer.externalId);
      if (!id) continue;
      const price = toMoney4(offer.pricePerHourUsd);
      const before = existing.get(offer.externalId);
      if (!before) fresh.push(id);
      else if (before.price !== price || before.availability !== offer.availability)
        changes.push({ id, old: before, offer });
      else continue;
      history.push({ offerId: id, price, availability: offer.availability });
    }
    for (let i = 0; i < history.length; i += CHUNK) {
      await bulkInsertHistory(tx, history.slice(i, i + CHUNK), observedAt);
    }

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
      changedIds: changes.map((c) => c.id),
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
