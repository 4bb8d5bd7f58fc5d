import { Skeleton } from "@/app/_components/skeleton";

/** Placeholder rows while the first page loads. */
export function ResultsSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div
      className="results-skeleton"
      data-testid="results-skeleton"
      role="status"
      aria-busy="true"
      aria-label="Loading offers"
    >
      {Array.from({ length: rows }, (_, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div className="skeleton-row" key={k}>
          <Skeleton width="18%" />
          <Skeleton width="8%" />
          <Skeleton width="12%" />
          <Skeleton width="14%" />
          <Skeleton width="20%" />
        </div>
      ))}
    </div>
  );
}
