import Link from "next/link";
import { ageSince, formatAge, formatPercent, formatPrice, gpuLabel } from "@/app/_lib/format";
import type { Preset } from "@/server/services/presets";

/** One preset: its top offer, the saving against the GPU's median price, confidence and age. */
export function PresetCard({ preset }: { preset: Preset }) {
  const top = preset.top_offer;
  const savings = preset.estimated_savings_pct;
  return (
    <article className="preset-card" data-testid="preset-card" aria-labelledby={`preset-${preset.name}`}>
      <h3 id={`preset-${preset.name}`} className="preset-title">
        {preset.label}
      </h3>
      <p className="preset-description muted">{preset.description}</p>
      {top ? (
        <p className="preset-offer">
          <Link href={`/offers/${top.id}`} className="preset-offer-link">
            {gpuLabel(top)}
            {top.gpu_count > 1 ? ` ×${top.gpu_count}` : ""}
          </Link>{" "}
          <span className="muted">on {top.provider_name}</span>
          <span className="preset-price">{formatPrice(top.price_per_gpu_hour)}/GPU-h</span>
        </p>
      ) : (
        <p className="empty">No offer qualifies right now.</p>
      )}
      <dl className="preset-facts">
        <div>
          <dt>Est. saving</dt>
          <dd data-testid="preset-savings">{savingsText(savings)}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{formatPercent(preset.confidence)}</dd>
        </div>
      </dl>
      <p className="preset-age muted" suppressHydrationWarning>
        generated {formatAge(ageSince(preset.generated_at))}
      </p>
    </article>
  );
}

/** Against the median $/GPU-hour of the same GPU: positive means cheaper than the median. */
function savingsText(pct: number | null): string {
  if (pct === null) return "—";
  if (pct === 0) return "at median";
  return `${Math.abs(pct).toFixed(1)}% ${pct > 0 ? "below" : "above"} median`;
}
