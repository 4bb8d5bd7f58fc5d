"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useCompareOffers } from "@/app/_hooks/use-compare-offers";
import { rankOffers } from "@/app/_lib/compare-ranking";
import { marketplaceWeights } from "@/lib/math/topsis-input";
import { ResultsSkeleton } from "../../_components/results-skeleton";
import { CompareExplanation } from "./compare-explanation";
import { CompareFacts } from "./compare-facts";
import { RankingList } from "./ranking-list";
import { WeightSliders } from "./weight-sliders";

/** Fetch the offers, rank them in the browser with the chosen weights, explain the ranking. */
export function CompareView({ ids }: { ids: string[] }) {
  const { offers, missing, pending } = useCompareOffers(ids);
  const [weights, setWeights] = useState<number[]>([...marketplaceWeights]);
  const ranking = useMemo(() => rankOffers(offers, weights), [offers, weights]);

  if (ids.length < 2) {
    return (
      <div className="empty-state" data-testid="compare-empty">
        <p>Pick at least two offers to compare: tick “Compare” on the marketplace.</p>
        <Link href="/">Back to the marketplace</Link>
      </div>
    );
  }
  if (pending) return <ResultsSkeleton rows={ids.length} />;
  const first = ranking.ok ? offers[ranking.ranked[0]?.index ?? -1] : undefined;
  const second = ranking.ok ? offers[ranking.ranked[1]?.index ?? -1] : undefined;
  return (
    <div className="compare-layout" data-testid="compare-view">
      {missing.length > 0 && (
        <div className="banner banner-warn" role="status" data-testid="compare-missing">
          {missing.length} offer(s) could not be loaded (withdrawn, or the link is wrong) and are left out.
        </div>
      )}
      <WeightSliders
        weights={weights}
        onChange={setWeights}
        onReset={() => setWeights([...marketplaceWeights])}
      />
      <section className="panel compare-ranking" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading" className="section-title">
          Ranking
        </h2>
        {ranking.ok ? (
          <RankingList ranked={ranking.ranked} offers={offers} />
        ) : (
          <p className="muted" data-testid="ranking-message">
            {ranking.message}
          </p>
        )}
      </section>
      {ranking.ok && ranking.topVsSecond && first && second && (
        <CompareExplanation
          first={first}
          second={second}
          others={offers.filter((o) => o.id !== first.id)}
          factors={ranking.topVsSecond}
        />
      )}
      {offers.length > 0 && <CompareFacts offers={offers} />}
    </div>
  );
}
