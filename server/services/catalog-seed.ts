import { count } from "drizzle-orm";
import { gpuOffers } from "@/drizzle/schema";
import { groupByProvider } from "@/lib/providers/group-by-provider";
import { normalizeOffers } from "@/lib/providers/normalize";
import { providerAdapters } from "@/lib/providers/registry";
import { SNAPSHOT_DATE, snapshotOffers } from "@/lib/providers/snapshot/snapshot";
import type { Database } from "@/server/db";
import { storeProviderOffers } from "./ingest-store";
import { ensureProviders } from "./providers-registry";

/**
 * "Never an empty marketplace": on a database with no offers, load the bundled snapshot catalog
 * (source "snapshot", observed at its documented date). Live fetches later retire a provider's
 * snapshot rows (ingest-store). Runs at start-up, before the server owns the database.
 */
export async function seedCatalogIfEmpty(db: Database): Promise<{ loaded: boolean; offers: number }> {
  const providerIds = await ensureProviders(
    db,
    providerAdapters.map((a) => a.info),
  );
  const [existing] = await db.select({ n: count() }).from(gpuOffers);
  if ((existing?.n ?? 0) > 0) return { loaded: false, offers: existing?.n ?? 0 };

  const observedAt = new Date(`${SNAPSHOT_DATE}T00:00:00Z`);
  const { offers } = normalizeOffers(snapshotOffers());
  let stored = 0;
  for (const [slug, group] of groupByProvider(offers)) {
    const providerId = providerIds.get(slug);
    if (!providerId) continue;
    // A snapshot is old by definition; a long TTL keeps the 15-minute staleness rule for live data.
    stored += (await storeProviderOffers(db, providerId, group, observedAt, 365 * 24 * 3600)).offers;
  }
  return { loaded: true, offers: stored };
}
