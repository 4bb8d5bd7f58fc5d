"use client";

import { Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import { providerShare } from "@/app/_lib/histogram";

export function ProviderShareChart({ providers }: { providers: string[] }) {
  const shares = providerShare(providers);
  if (shares.length === 0) return <p className="muted">No offers to chart.</p>;
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: "100%", height: 240 }}
      data={shares}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer
    >
      <XAxis type="number" allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 11 }} />
      <YAxis type="category" dataKey="provider" width={90} tick={{ fill: "var(--muted)", fontSize: 11 }} />
      <Tooltip
        contentStyle={{ background: "var(--panel-2)", border: "1px solid var(--border)" }}
        formatter={(value) => [`${value} offers`, "Offers"]}
      />
      <Bar dataKey="offers" fill="var(--accent-2)" isAnimationActive={false} />
    </BarChart>
  );
}
