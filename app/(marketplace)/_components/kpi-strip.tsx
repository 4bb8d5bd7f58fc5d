"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_components/trpc";
import { formatNumber, formatPrice } from "@/app/_lib/format";
import type { MarketInsights } from "@/server/services/offers/insights";

interface Kpi {
  label: string;
  value: string;
  testId: string;
  hint?: string;
}

/** Catalog figures: offers, providers, average $/GPU-hour, cheapest H100, benchmarked GPU models. */
export function KpiStrip({
  benchmarkCount,
  initialInsights,
}: {
  benchmarkCount: number;
  initialInsights?: MarketInsights;
}) {
  const trpc = useTRPC();
  const insights = useQuery({ ...trpc.offers.insights.queryOptions(), initialData: initialInsights });
  const data = insights.data;
  const h100 = data?.cheapest_by_gpu
    .filter((c) => c.gpu_model.startsWith("H100"))
    .sort((a, b) => a.price_per_gpu_hour - b.price_per_gpu_hour)[0];
  const pending = insights.isPending ? "…" : "—";
  const kpis: Kpi[] = [
    { label: "Live offers", value: data ? formatNumber(data.total_offers) : pending, testId: "kpi-offers" },
    {
      label: "Providers",
      value: data ? formatNumber(data.total_providers) : pending,
      testId: "kpi-providers",
    },
    {
      label: "Average $/GPU-hour",
      value: data ? formatPrice(data.average_price_per_gpu_hour) : pending,
      testId: "kpi-average",
    },
    {
      label: "Cheapest H100",
      value: h100 ? `${formatPrice(h100.price_per_gpu_hour)}/GPU-h` : pending,
      testId: "kpi-cheapest-h100",
      hint: h100 ? `${h100.gpu_model} · ${h100.provider}` : undefined,
    },
  ];
  return (
    <section className="kpis" aria-label="Catalog figures" aria-busy={insights.isPending}>
      {kpis.map((k) => (
        <div className="kpi" key={k.testId}>
          <div className="kpi-label">{k.label}</div>
          <div className="kpi-value" data-testid={k.testId}>
            {k.value}
          </div>
          {k.hint && <div className="kpi-hint muted">{k.hint}</div>}
        </div>
      ))}
      <div className="kpi">
        <div className="kpi-label">GPU models with cited specs</div>
        <div className="kpi-value" data-testid="benchmark-count">
          {benchmarkCount}
        </div>
      </div>
    </section>
  );
}
