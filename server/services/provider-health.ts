import { asc, eq, sql } from "drizzle-orm";
import { gpuOffers, providerIntegrations, providers } from "@/drizzle/schema";
import type { Executor } from "@/server/db";

export interface ProviderStatusDto {
  provider: string;
  display_name: string;
  kind: string;
  status: string;
  last_sync_at: string | null;
  error_count: number;
  last_error: string | null;
  offers: number;
  live_offers: number;
  integration: "green" | "yellow" | "red" | null;
}

/** One row per provider: sync state, error counters and how many offers it contributes. */
export async function providerStatuses(db: Executor): Promise<ProviderStatusDto[]> {
  const rows = await db
    .select({
      name: providers.name,
      displayName: providers.displayName,
      kind: providers.kind,
      status: providers.status,
      lastSyncAt: providers.lastSyncAt,
      errorCount: providers.errorCount,
      lastError: providers.lastError,
      offers: sql<number>`count(${gpuOffers.id})::int`,
      liveOffers: sql<number>`count(${gpuOffers.id}) filter (where not ${gpuOffers.stale})::int`,
      integration: providerIntegrations.status,
    })
    .from(providers)
    .leftJoin(gpuOffers, eq(gpuOffers.providerId, providers.id))
    .leftJoin(providerIntegrations, eq(providerIntegrations.providerId, providers.id))
    .groupBy(providers.id, providerIntegrations.status)
    .orderBy(asc(providers.name));
  return rows.map((r) => ({
    provider: r.name,
    display_name: r.displayName,
    kind: r.kind,
    status: r.status,
    last_sync_at: r.lastSyncAt?.toISOString() ?? null,
    error_count: r.errorCount,
    last_error: r.lastError,
    offers: r.offers,
    live_offers: r.liveOffers,
    integration: (r.integration as ProviderStatusDto["integration"]) ?? null,
  }));
}
