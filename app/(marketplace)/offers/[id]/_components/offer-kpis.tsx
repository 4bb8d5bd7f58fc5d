import { formatUnitCost } from "@/app/_lib/format";
import type { OfferKpis as Kpis } from "@/server/services/offers/dto";

const rows: { key: keyof Omit<Kpis, "basis">; label: string; testId: string }[] = [
  { key: "cost_per_1m_tokens_7b", label: "Cost per 1M tokens, 7B model", testId: "kpi-tokens-7b" },
  { key: "cost_per_1m_tokens_70b", label: "Cost per 1M tokens, 70B model", testId: "kpi-tokens-70b" },
  { key: "cost_per_gflop", label: "Cost per GFLOP (peak FP16)", testId: "kpi-gflop" },
  { key: "cost_per_1k_images", label: "Cost per 1k images", testId: "kpi-images" },
];

/** Unit costs from measured benchmarks; a missing measurement says so, it is never estimated. */
export function OfferKpis({ kpis }: { kpis: Kpis }) {
  return (
    <section className="panel" aria-labelledby="offer-kpis-heading">
      <h2 id="offer-kpis-heading" className="section-title">
        Unit costs
      </h2>
      <dl className="fact-list">
        {rows.map((r) => {
          const value = kpis[r.key];
          return (
            <div key={r.key}>
              <dt>{r.label}</dt>
              <dd data-testid={r.testId}>
                {value === null ? <span className="muted">no benchmark</span> : formatUnitCost(value)}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="field-help">Basis: {kpis.basis}.</p>
    </section>
  );
}
