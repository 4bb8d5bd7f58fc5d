"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Skeleton } from "@/app/_components/skeleton";
import { useTRPC } from "@/app/_components/trpc";
import { formatPrice, gpuLabel } from "@/app/_lib/format";

const basisText = {
  same_gpu: "Other offers of the same GPU, nearest price per GPU-hour first.",
  features: "Offers with the most similar profile (price per GPU-hour, VRAM, reliability, availability).",
  price: "Offers nearest in price per GPU-hour.",
} as const;

/** Alternatives to this offer (offers.similar). */
export function SimilarOffers({ offerId }: { offerId: string }) {
  const trpc = useTRPC();
  const similar = useQuery(trpc.offers.similar.queryOptions({ id: offerId, limit: 6 }));
  return (
    <section className="panel" aria-labelledby="similar-heading" data-testid="similar-offers">
      <h2 id="similar-heading" className="section-title">
        Similar offers
      </h2>
      {similar.isPending ? (
        <Skeleton height="120px" />
      ) : similar.isError ? (
        <p className="muted">Similar offers could not be loaded.</p>
      ) : similar.data.items.length === 0 ? (
        <p className="muted">No similar live offers right now.</p>
      ) : (
        <>
          <p className="field-help">{basisText[similar.data.basis]}</p>
          <ul className="similar-list">
            {similar.data.items.map((o) => (
              <li key={o.id} data-testid="similar-offer">
                <Link href={`/offers/${o.id}`}>
                  {gpuLabel(o)}
                  {o.gpu_count > 1 ? ` ×${o.gpu_count}` : ""}
                </Link>{" "}
                <span className="muted">
                  {o.provider_name} · {o.region}
                </span>
                <span className="similar-price">{formatPrice(o.price_per_gpu_hour)}/GPU-h</span>
                {o.similarity !== null && (
                  <span className="muted similar-score" title="cosine similarity of offer features">
                    {Math.round(o.similarity * 100)}% alike
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
