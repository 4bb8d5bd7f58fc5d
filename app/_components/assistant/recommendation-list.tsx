import type { RecommendationsPart } from "@/lib/assistant/chat-schema";
import styles from "./assistant.module.css";
import { RecommendationCard } from "./recommendation-card";

/** Below this the planner is guessing; its question matters more than the cards. */
const CONFIDENT = 0.7;

interface Props {
  part: RecommendationsPart;
  sessionId: string;
  onBook: () => void;
}

export function RecommendationList({ part, sessionId, onBook }: Props) {
  const askFirst = part.clarifying_question !== null && part.confidence < CONFIDENT;
  return (
    <section className={styles.recommendations} aria-label="Recommended offers">
      {askFirst && (
        <p className={styles.clarifying} data-testid="assistant-clarifying">
          <strong>To narrow this down:</strong> {part.clarifying_question}
        </p>
      )}
      {part.options.length > 0 ? (
        <ol className={styles.cards}>
          {part.options.map((option) => (
            <li key={`${option.rank}-${option.offer_id}`}>
              <RecommendationCard
                option={option}
                recommendationId={part.recommendation_id}
                sessionId={sessionId}
                onBook={onBook}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted" data-testid="assistant-no-options">
          No offer fits yet.
        </p>
      )}
    </section>
  );
}
