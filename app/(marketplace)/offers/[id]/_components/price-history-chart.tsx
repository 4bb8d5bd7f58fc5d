"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatPrice } from "@/app/_lib/format";
import type { PricePoint } from "@/server/services/offers/history";

const tick = (bucket: string) => bucket.slice(5, 16).replace("T", " ");

/** Average price per hourly bucket; a single bucket shows as one dot. */
export function PriceHistoryChart({ points }: { points: PricePoint[] }) {
  return (
    <div data-testid="history-chart">
      <LineChart
        responsive
        style={{ width: "100%", height: 240 }}
        data={points}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="bucket" tickFormatter={tick} tick={{ fill: "var(--muted)", fontSize: 11 }} />
        <YAxis
          domain={["auto", "auto"]}
          tickFormatter={(v: number) => `$${v}`}
          tick={{ fill: "var(--muted)", fontSize: 11 }}
          width={56}
        />
        <Tooltip
          contentStyle={{ background: "var(--panel-2)", border: "1px solid var(--border)" }}
          labelFormatter={(label) => `${String(label).replace("T", " ").slice(0, 16)} UTC`}
          formatter={(value) => [formatPrice(Number(value)), "Average $/h"]}
        />
        <Line
          dataKey="avg"
          stroke="var(--accent)"
          dot={{ r: points.length === 1 ? 5 : 2 }}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
