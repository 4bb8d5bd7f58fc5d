import type { RankedOffer } from "@/app/_lib/compare-ranking";
import { formatPercent } from "@/app/_lib/format";

/**
 * Per-criterion bars: each criterion's share of the offer's distance from the anti-ideal (how much
 * it lifts the offer). The title adds its share of the remaining gap to the ideal.
 */
export function ContributionBars({ ranked }: { ranked: RankedOffer }) {
  return (
    <ul className="contribution-bars" aria-label="Contribution per criterion">
      {ranked.strengths.map((s, j) => (
        <li
          key={s.criterion}
          title={`${s.criterion}: ${formatPercent(s.share)} of the distance from the worst, ${formatPercent(
            ranked.gaps[j]?.share ?? 0,
          )} of the gap to the best`}
        >
          <span className="contribution-label">{s.criterion}</span>
          <span className="contribution-track">
            <span
              className={`contribution-fill criterion-${s.criterion}`}
              style={{ width: formatPercent(s.share, 1) }}
            />
          </span>
          <span className="contribution-value">{formatPercent(s.share)}</span>
        </li>
      ))}
    </ul>
  );
}
