import { formatNumber } from "@/app/_lib/format";

/**
 * A price quote for a duration (linked from the assistant's "Book now"): hours × $/h, to 4
 * decimals like the catalog. Booking itself is not open yet, and the button says so.
 */
export function QuoteBox({ hours, pricePerHourUsd }: { hours: number; pricePerHourUsd: number }) {
  const totalUsd = Math.round(hours * pricePerHourUsd * 10_000) / 10_000;
  return (
    <section className="panel quote-box" aria-labelledby="quote-heading" data-testid="quote-box">
      <h2 id="quote-heading" className="section-title">
        Quote
      </h2>
      <p className="quote-line">
        <span data-testid="quote-hours">{formatNumber(hours, 2)} hours</span> ×{" "}
        <span>${pricePerHourUsd.toFixed(4)}/h</span> ={" "}
        <strong data-testid="quote-total">${totalUsd.toFixed(4)} USD</strong>
      </p>
      <button type="button" className="button-primary" disabled aria-describedby="quote-note">
        Booking opens soon
      </button>
      <p id="quote-note" className="field-help">
        Booking through GPUBROKER lands in a later release; until then, book with the provider directly at
        this price.
      </p>
    </section>
  );
}
