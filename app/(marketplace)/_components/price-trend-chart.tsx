"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatPrice } from "@/app/_lib/format";
import type { MarketInsights } from "@/server/services/offers/insights";

export function PriceTrendChart({ trend }: { trend: MarketInsights["trend_7d"] }) {
  if (trend.length < 2) {
    return (
      <p className="muted" data-testid="trend-not-enough">
        Not enough history yet: the trend needs prices from at least two days
        {trend.length === 1 ? ` (so far only ${trend[0]?.day})` : ""}.
      </p>
    );
  }
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: 240 }}
      data={trend}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
      <XAxis dataKey="day" tick={{ fill: "var(--muted)", fontSize: 11 }} />
      <YAxis
        tick={{ fill: "var(--muted)", fontSize: 11 }}
        width={48}
        tickFormatter={(v: number) => `$${v}`}
      />
      <Tooltip
        contentStyle={{ background: "var(--panel-2)", border: "1px solid var(--border)" }}
        formatter={(value) => [formatPrice(Number(value)), "Average $/GPU-h"]}
      />
      <Line dataKey="average_price_per_gpu_hour" stroke="var(--accent)" dot isAnimationActive={false} />
    </LineChart>
  );
}
