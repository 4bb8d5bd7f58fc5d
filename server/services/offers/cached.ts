import type { ListOffersQuery } from "@/lib/marketplace/filters";
import { type Cache, cachedOffer, cachedOffersList } from "@/server/cache";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";
import type { OfferDto } from "./dto";
import { getOffer, listOffers, type OfferList } from "./list";

/**
 * Read-through caching of the marketplace reads (design TTLs: lists 60 s, offers 300 s).
 * Ingestion invalidates changed offers and every list after each commit (property 22).
 */
export function listOffersCached(cache: Cache, db: Executor, query: ListOffersQuery): Promise<OfferList> {
  return cachedOffersList(cache, query, () => listOffers(db, query));
}

export async function getOfferCached(cache: Cache, db: Executor, id: string): Promise<OfferDto> {
  if (!/^[0-9a-f-]{36}$/i.test(id))
    throw new AppError("VALIDATION_ERROR", "Offer id must be a UUID", { field: "id" });
  const offer = await cachedOffer(cache, id, async () => {
    try {
      return await getOffer(db, id);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  });
  if (!offer) throw new AppError("NOT_FOUND", `No offer ${id}`, { id });
  return offer;
}

/**
 * The REST list as ready-to-send JSON text: a cache hit skips parsing and re-serialising 20–100
 * offers per request (the hot path of the marketplace API). Same generation-based invalidation.
 */
export function listOffersJsonCached(cache: Cache, db: Executor, query: ListOffersQuery): Promise<string> {
  return cachedOffersList(cache, { format: "json-text", query }, async () =>
    JSON.stringify(await listOffers(db, query)),
  );
}
