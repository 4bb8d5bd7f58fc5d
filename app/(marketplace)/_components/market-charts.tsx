"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_components/trpc";
import { useChartOffers } from "@/app/_hooks/use-chart-offers";
import type { OfferFilters } from "@/lib/marketplace/filters";
import { PriceHistogramChart } from "./price-histogram-chart";
import { PriceTrendChart } from "./price-trend-chart";
import { ProviderShareChart } from "./provider-share-chart";

/** Market charts: $/GPU-hour distribution and provider share of the filtered offers; 7-day trend. */
export function MarketCharts({ filters }: { filters: OfferFilters }) {
  const trpc = useTRPC();
  const offers = useChartOffers(filters);
  const insights = useQuery(trpc.offers.insights.queryOptions());
  const sample = offers.truncated ? ` (first ${offers.offers.length} of ${offers.total} by price)` : "";
  return (
    <section className="market-charts" aria-labelledby="charts-heading" data-testid="market-charts">
      <h2 id="charts-heading" className="section-title">
        Market
      </h2>
      <div className="chart-grid">
        <figure className="chart-card" data-testid="chart-price-histogram">
          <figcaption>$/GPU-hour distribution{sample}</figcaption>
          {offers.isError ? (
            <p className="muted">Chart data could not be loaded.</p>
          ) : offers.isLoading ? (
            <p className="muted">Loading…</p>
          ) : (
            <PriceHistogramChart prices={offers.offers.map((o) => o.price_per_gpu_hour)} />
          )}
        </figure>
        <figure className="chart-card" data-testid="chart-provider-share">
          <figcaption>Offers per provider{sample}</figcaption>
          {offers.isLoading ? (
            <p className="muted">Loading…</p>
          ) : (
            <ProviderShareChart providers={offers.offers.map((o) => o.provider)} />
          )}
        </figure>
        <figure className="chart-card" data-testid="chart-price-trend">
          <figcaption>Average $/GPU-hour, last 7 days (all offers)</figcaption>
          {insights.data ? (
            <PriceTrendChart trend={insights.data.trend_7d} />
          ) : (
            <p className="muted">{insights.isError ? "Trend unavailable." : "Loading…"}</p>
          )}
        </figure>
      </div>
    </section>
  );
}
