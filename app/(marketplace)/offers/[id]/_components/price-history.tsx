"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Skeleton } from "@/app/_components/skeleton";
import { useTRPC } from "@/app/_components/trpc";

const PriceHistoryChart = dynamic(() => import("./price-history-chart").then((m) => m.PriceHistoryChart), {
  ssr: false,
  loading: () => <Skeleton height="240px" />,
});

const ranges = [7, 30, 90] as const;

/** Recorded prices of this offer over 7, 30 or 90 days (hourly buckets). */
export function PriceHistory({ offerId, observedAt }: { offerId: string; observedAt: string }) {
  const trpc = useTRPC();
  const [days, setDays] = useState<(typeof ranges)[number]>(30);
  const history = useQuery(trpc.offers.history.queryOptions({ id: offerId, days }));
  const points = history.data ?? [];
  return (
    <section className="panel" aria-labelledby="history-heading" data-testid="price-history">
      <div className="panel-head">
        <h2 id="history-heading" className="section-title">
          Price history
        </h2>
        <fieldset className="view-toggle">
          <legend className="visually-hidden">Range</legend>
          {ranges.map((d) => (
            <button
              key={d}
              type="button"
              className="toggle"
              aria-pressed={days === d}
              onClick={() => setDays(d)}
              data-testid={`history-range-${d}`}
            >
              {d} days
            </button>
          ))}
        </fieldset>
      </div>
      {history.isPending ? (
        <Skeleton height="240px" />
      ) : history.isError ? (
        <div className="error-state" role="alert">
          <p>Price history could not be loaded.</p>
          <button type="button" className="button-secondary" onClick={() => void history.refetch()}>
            Retry
          </button>
        </div>
      ) : points.length === 0 ? (
        <p className="muted" data-testid="history-empty">
          No price recorded in the last {days} days; this price was last observed on {observedAt.slice(0, 10)}
          .
        </p>
      ) : (
        <>
          {points.length === 1 && (
            <p className="muted" data-testid="history-single">
              One observation so far.
            </p>
          )}
          <PriceHistoryChart points={points} />
        </>
      )}
    </section>
  );
}
