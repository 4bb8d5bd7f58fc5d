import { normalizeOffers } from "@/lib/providers/normalize";
import type { Credentials, ProviderAdapter } from "@/lib/providers/types";
import { type Cache, invalidateOffers } from "@/server/cache";
import type { Database } from "@/server/db";
import { logger } from "@/server/logger";
import { recordProviderFailure, storeProviderOffers } from "@/server/services/ingest-store";
import { ensureProviders } from "@/server/services/providers-registry";
import {
  breakerFor,
  defaultFetchOptions,
  type FetchOptions,
  fetchProvider,
  ProviderFetchError,
} from "./provider-fetch";

/**
 * One ingestion run: every adapter (bounded concurrency) fetches → parses → normalizes → stores
 * in its own transaction. A failing provider is recorded and skipped; the others go on, and
 * nothing already stored is lost (storeProviderOffers never deletes, failures never write offers).
 */

export interface ProviderRunResult {
  provider: string;
  status: "ok" | "error" | "skipped";
  offers: number;
  new: number;
  changed: number;
  stale: number;
  unknownGpus: number;
  ms: number;
  message: string | null;
}

export type IngestProgress =
  | { kind: "start"; provider: string; index: number; total: number }
  | { kind: "done"; result: ProviderRunResult; index: number; total: number };

export interface IngestOptions {
  db: Database;
  adapters: readonly ProviderAdapter[];
  /** credentials per provider slug; null when none are configured */
  credentials?: (slug: string) => Promise<Credentials | null> | Credentials | null;
  fetch?: Partial<FetchOptions>;
  concurrency?: number;
  now?: () => Date;
  onProgress?: (event: IngestProgress) => void;
  /** when given, changed offers and all cached lists are invalidated after each commit */
  cache?: Cache;
  /** circuit-breaker recovery time (default: the design's 120 s; tests shorten it) */
  breakerHalfOpenAfterMs?: number;
}

export async function runIngest(options: IngestOptions): Promise<ProviderRunResult[]> {
  const { db, adapters } = options;
  const providerIds = await ensureProviders(
    db,
    adapters.map((a) => a.info),
  );
  const fetchOptions: FetchOptions = { ...defaultFetchOptions, fetch: globalThis.fetch, ...options.fetch };
  const results: ProviderRunResult[] = new Array(adapters.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < adapters.length; i = next++) {
      const adapter = adapters[i];
      if (!adapter) continue;
      options.onProgress?.({ kind: "start", provider: adapter.info.slug, index: i, total: adapters.length });
      const result = await ingestOne(adapter, providerIds.get(adapter.info.slug), fetchOptions, options);
      results[i] = result;
      options.onProgress?.({ kind: "done", result, index: i, total: adapters.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, adapters.length) }, worker));
  return results;
}

async function ingestOne(
  adapter: ProviderAdapter,
  providerId: string | undefined,
  fetchOptions: FetchOptions,
  options: IngestOptions,
): Promise<ProviderRunResult> {
  const started = performance.now();
  const slug = adapter.info.slug;
  const result = (
    partial: Partial<ProviderRunResult> & Pick<ProviderRunResult, "status">,
  ): ProviderRunResult => ({
    provider: slug,
    offers: 0,
    new: 0,
    changed: 0,
    stale: 0,
    unknownGpus: 0,
    message: null,
    ...partial,
    ms: Math.round(performance.now() - started),
  });
  if (!providerId) return result({ status: "error", message: "provider row missing" });

  const credentials = (await options.credentials?.(slug)) ?? null;
  if (adapter.info.kind === "api" && adapter.info.credentialKeys.length > 0 && !credentials) {
    return result({ status: "skipped", message: "no credentials configured" });
  }
  try {
    const breaker = breakerFor(slug, options.breakerHalfOpenAfterMs);
    let creds = credentials ?? {};
    if (adapter.authenticate) {
      const [token] = await fetchProvider(
        adapter,
        [adapter.authenticate.request(creds)],
        fetchOptions,
        breaker,
      );
      creds = adapter.authenticate.apply(creds, token?.body);
    }
    const requests = adapter.buildRequests(creds);
    const responses =
      requests.length === 0 ? [] : await fetchProvider(adapter, requests, fetchOptions, breaker);
    const followUps = adapter.followUpRequests?.(creds, responses) ?? [];
    if (followUps.length > 0)
      responses.push(...(await fetchProvider(adapter, followUps, fetchOptions, breaker)));
    const parsed = adapter.parse(responses);
    const report = normalizeOffers(parsed.offers);
    if (report.offers.length === 0) {
      throw new ProviderFetchError("empty offer list; stored offers kept", false);
    }
    const observedAt = options.now?.() ?? new Date();
    const stored = await storeProviderOffers(options.db, providerId, report.offers, observedAt);
    // after the commit: invalidating earlier would let a reader cache the old row again
    if (
      options.cache &&
      (stored.changed > 0 || stored.new > 0 || stored.stale > 0 || stored.replacedSnapshot > 0)
    ) {
      await invalidateOffers(options.cache, stored.changedIds);
    }
    return result({
      status: "ok",
      offers: stored.offers,
      new: stored.new,
      changed: stored.changed,
      stale: stored.stale,
      unknownGpus: report.unknownGpus.reduce((n, g) => n + g.count, 0),
    });
  } catch (error) {
    const message = describe(error);
    if (!(error instanceof ProviderFetchError))
      logger().warn({ provider: slug, err: error }, "provider ingest failed");
    await recordProviderFailure(options.db, providerId, message);
    return result({ status: "error", message });
  }
}

/**
 * Fetch errors and adapter shape errors are ours and safe to show on /providers/health; anything
 * else (a database error, a bug) may carry SQL or internals, so it is logged, not stored.
 */
function describe(error: unknown): string {
  if (error instanceof ProviderFetchError) return error.message;
  if (error instanceof Error && /unexpected .* payload/.test(error.message))
    return error.message.slice(0, 500);
  if (error instanceof Error && error.name === "ZodError") return "response did not match the expected shape";
  return internalFailure;
}

const internalFailure = "internal error while processing this provider (logged)";
