import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompareCheckbox } from "@/app/_components/compare-checkbox";
import { CompareTray } from "@/app/_components/compare-tray";
import { gpuLabel } from "@/app/_lib/format";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import type { OfferDto } from "@/server/services/offers/dto";
import { getOffer } from "@/server/services/offers/list";
import { OfferKpis } from "./_components/offer-kpis";
import { OfferProvenance } from "./_components/offer-provenance";
import { OfferSpecs } from "./_components/offer-specs";
import { OfferSummary } from "./_components/offer-summary";
import { PriceHistory } from "./_components/price-history";
import { QuoteBox } from "./_components/quote-box";
import { SimilarOffers } from "./_components/similar-offers";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The offer, or null when the id is malformed or unknown (both are a 404 to the visitor). */
async function loadOffer(id: string): Promise<OfferDto | null> {
  try {
    return await getOffer(await getDb(), id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "VALIDATION_ERROR"))
      return null;
    throw error;
  }
}

/** ?quote_hours=H from the assistant's "Book now": a positive duration of at most a year. */
function quoteHours(raw: string | string[] | undefined): number | null {
  const text = Array.isArray(raw) ? raw[0] : raw;
  const hours = Number(text);
  return text !== undefined && text !== "" && Number.isFinite(hours) && hours > 0 && hours <= 8784
    ? hours
    : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await loadOffer((await params).id);
  return { title: offer ? `${gpuLabel(offer)} on ${offer.provider_name}` : "Offer not found" };
}

export default async function OfferPage({ params, searchParams }: Props) {
  const offer = await loadOffer((await params).id);
  if (!offer) notFound();
  const hours = quoteHours((await searchParams).quote_hours);
  return (
    <article className="offer-page" data-testid="offer-page">
      <OfferSummary offer={offer} />
      <div className="offer-actions">
        <CompareCheckbox id={offer.id} label={`${gpuLabel(offer)} · ${offer.provider}`} />
      </div>
      {hours !== null && <QuoteBox hours={hours} pricePerHourUsd={offer.price_per_hour} />}
      <div className="offer-grid">
        <OfferKpis kpis={offer.kpis} />
        <OfferSpecs offer={offer} />
        <OfferProvenance provenance={offer.provenance} />
      </div>
      <PriceHistory offerId={offer.id} observedAt={offer.provenance.observed_at} />
      <SimilarOffers offerId={offer.id} />
      <CompareTray />
    </article>
  );
}
