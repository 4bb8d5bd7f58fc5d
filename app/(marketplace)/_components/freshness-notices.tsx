import { formatAge, formatTimestamp } from "@/app/_lib/format";
import type { OfferDto } from "@/server/services/offers/dto";

const STALE_AFTER_S = 15 * 60;

/**
 * Banners about how current the listed prices are: a stale-price warning when even the newest
 * price on the page is older than 15 minutes, and a notice when offers come from the bundled
 * snapshot rather than a provider's live answer.
 */
export function FreshnessNotices({ offers }: { offers: OfferDto[] }) {
  if (offers.length === 0) return null;
  const newest = offers.reduce((a, b) => (a.provenance.age_s <= b.provenance.age_s ? a : b));
  const snapshot = offers.filter((o) => o.provenance.source === "snapshot");
  const snapshotDate = snapshot[0]?.provenance.observed_at.slice(0, 10);
  return (
    <>
      {newest.provenance.age_s > STALE_AFTER_S && (
        <div className="banner banner-warn" role="status" data-testid="stale-banner">
          Prices may be out of date: the newest price shown was last updated{" "}
          <time dateTime={newest.provenance.observed_at}>
            {formatTimestamp(newest.provenance.observed_at)}
          </time>{" "}
          ({formatAge(newest.provenance.age_s)}).
        </div>
      )}
      {snapshot.length > 0 && (
        <div className="banner banner-info" role="status" data-testid="snapshot-notice">
          {snapshot.length} of {offers.length} offers shown come from the bundled price snapshot of{" "}
          {snapshotDate}; live prices replace them as providers answer.
        </div>
      )}
    </>
  );
}
