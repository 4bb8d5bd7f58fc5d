import { formatAge, formatTimestamp } from "@/app/_lib/format";
import type { OfferDto } from "@/server/services/offers/dto";

const sourceText: Readonly<Record<string, string>> = {
  api: "the provider's live API",
  catalog: "the provider's published price list",
  snapshot: "the bundled price snapshot",
};

/** Where the price came from and how old it is. */
export function OfferProvenance({ provenance }: { provenance: OfferDto["provenance"] }) {
  return (
    <section className="panel" aria-labelledby="offer-provenance-heading" data-testid="offer-provenance">
      <h2 id="offer-provenance-heading" className="section-title">
        Provenance
      </h2>
      <dl className="fact-list">
        <div>
          <dt>Source</dt>
          <dd data-testid="provenance-source">
            {provenance.source} <span className="muted">({sourceText[provenance.source] ?? "unknown"})</span>
          </dd>
        </div>
        <div>
          <dt>Observed</dt>
          <dd>
            <time dateTime={provenance.observed_at}>{formatTimestamp(provenance.observed_at)}</time>{" "}
            <span className="muted">({formatAge(provenance.age_s)})</span>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="provenance-stale">
            {provenance.stale ? (
              <span className="badge badge-warn">stale — not seen in the provider's latest answer</span>
            ) : (
              "current"
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
