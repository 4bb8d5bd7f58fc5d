import Link from "next/link";
import { formatNumber, formatPrice, formatUsd } from "@/app/_lib/format";
import type { RecommendationOption } from "@/lib/assistant/chat-schema";
import styles from "./assistant.module.css";
import { FeedbackButtons } from "./feedback-buttons";

interface Props {
  option: RecommendationOption;
  recommendationId: string;
  sessionId: string;
  onBook: () => void;
}

/** The offer page quotes the same duration: /offers/<id>?quote_hours=<h>. */
export function bookingHref(option: RecommendationOption): string {
  return `/offers/${encodeURIComponent(option.offer_id)}?quote_hours=${option.duration_hours}`;
}

export function RecommendationCard({ option, recommendationId, sessionId, onBook }: Props) {
  const hours = formatNumber(option.duration_hours, 2);
  return (
    <article
      className={styles.card}
      aria-label={`Option ${option.rank}: ${option.provider_name}`}
      data-testid="assistant-recommendation"
    >
      <header className={styles.cardHeader}>
        <span className={styles.rank} data-testid="rec-rank">
          #{option.rank}
        </span>
        <span className={styles.provider} data-testid="rec-provider">
          {option.provider_name}
        </span>
        <span className={styles.match} data-testid="rec-match">
          {Math.round(option.match_pct)}% match
        </span>
      </header>
      <p className={styles.cardFacts}>
        <span data-testid="rec-gpu">
          {option.gpu_count}× {option.gpu}
        </span>{" "}
        · <span data-testid="rec-region">{option.region}</span>
      </p>
      <p className={styles.cardCost}>
        <strong data-testid="rec-total">{formatUsd(option.total_cost_usd, 2)}</strong>{" "}
        <span className="muted">
          for {hours} h at {formatPrice(option.price_per_hour)}/h
        </span>
      </p>
      {/* one line when collapsed; opening it unclamps the same text */}
      <details className={styles.explanation}>
        <summary data-testid="rec-explanation">{option.explanation}</summary>
      </details>
      <footer className={styles.cardActions}>
        <Link
          href={bookingHref(option)}
          className="button-primary"
          onClick={onBook}
          data-testid="rec-book"
          aria-label={`Book ${option.gpu} on ${option.provider_name} for ${hours} hours`}
        >
          Book now
        </Link>
        <FeedbackButtons
          sessionId={sessionId}
          recommendationId={recommendationId}
          offerId={option.offer_id}
          position={option.rank}
        />
      </footer>
    </article>
  );
}
