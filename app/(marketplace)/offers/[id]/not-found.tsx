import Link from "next/link";

export default function OfferNotFound() {
  return (
    <div className="empty-state" data-testid="offer-not-found">
      <h1>Offer not found</h1>
      <p className="muted">It may have been withdrawn by its provider, or the link is mistyped.</p>
      <Link href="/">Back to the marketplace</Link>
    </div>
  );
}
