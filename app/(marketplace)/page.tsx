import { Suspense } from "react";
import { CompareTray } from "@/app/_components/compare-tray";
import { marketParams, parseMarketParams } from "@/app/_lib/market-url";
import { getDb } from "@/server/db";
import { logger } from "@/server/logger";
import { countBenchmarks } from "@/server/services/benchmarks";
import { marketInsights } from "@/server/services/offers/insights";
import { listOffers } from "@/server/services/offers/list";
import { getPresets } from "@/server/services/presets";
import { KpiStrip } from "./_components/kpi-strip";
import { Marketplace } from "./_components/marketplace";
import { PresetCards } from "./_components/preset-cards";
import { ResultsSkeleton } from "./_components/results-skeleton";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlParams(record: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/** A failed server prefetch is logged and left to the browser, which retries and shows errors. */
async function attempt<T>(what: string, promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (err) {
    logger().warn({ err }, `marketplace prefetch of ${what} failed`);
    return undefined;
  }
}

/**
 * The marketplace. The first page of results, the KPIs and the presets are rendered on the
 * server (handed to the client queries as initial data), so offers are on screen at first paint;
 * anything that fails here is simply fetched again by the browser, which shows its own error.
 */
export default async function MarketplacePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  const query = parseMarketParams(toUrlParams(await searchParams));
  const [benchmarkCount, list, insights, presets] = await Promise.all([
    countBenchmarks(db),
    attempt("offers", listOffers(db, query)),
    attempt("insights", marketInsights(db)),
    attempt("presets", getPresets(db)),
  ]);
  return (
    <>
      <h1>Find the right GPU at the right price</h1>
      <p className="lead">
        GPU offers from many clouds, normalized to one catalog and ranked for your workload.
      </p>
      <KpiStrip benchmarkCount={benchmarkCount} initialInsights={insights} />
      <PresetCards initialPresets={presets} />
      <Suspense fallback={<ResultsSkeleton />}>
        <Marketplace initial={{ search: marketParams(query).toString(), list }} />
      </Suspense>
      <CompareTray />
    </>
  );
}
