"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { priceHistogram } from "@/app/_lib/histogram";

export function PriceHistogramChart({ prices }: { prices: number[] }) {
  const bins = priceHistogram(prices);
  if (bins.length === 0) return <p className="muted">No offers to chart.</p>;
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: 240 }}
      data={bins}
      margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
      <XAxis dataKey="label" tick={{ fill: "var(--muted)", fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 11 }} width={32} />
      <Tooltip
        contentStyle={{ background: "var(--panel-2)", border: "1px solid var(--border)" }}
        formatter={(value) => [`${value} offers`, "Offers"]}
      />
      <Bar dataKey="count" fill="var(--accent)" isAnimationActive={false} />
    </BarChart>
  );
}
