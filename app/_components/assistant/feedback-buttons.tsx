"use client";

import { useEffect, useRef, useState } from "react";
import styles from "./assistant.module.css";
import { type FeedbackKind, sendFeedback } from "./send-feedback";
import { ThumbIcon } from "./thumb-icon";

interface Props {
  sessionId: string;
  recommendationId: string;
  offerId: string;
  position: number;
}

type State = "idle" | "sending" | "thanks" | "failed";

/** Thumbs up/down on one card: the explicit signal for collaborative filtering. */
export function FeedbackButtons({ sessionId, recommendationId, offerId, position }: Props) {
  const [state, setState] = useState<State>("idle");
  const [given, setGiven] = useState<FeedbackKind | null>(null);
  const thanksRef = useRef<HTMLOutputElement>(null);
  // the pressed button is gone once thanked: keep keyboard focus on the card, not the page
  useEffect(() => {
    if (state === "thanks" && document.activeElement === document.body) thanksRef.current?.focus();
  }, [state]);

  const give = async (feedback: FeedbackKind) => {
    setGiven(feedback);
    setState("sending");
    const ok = await sendFeedback({ sessionId, recommendationId, offerId, position, feedback });
    setState(ok ? "thanks" : "failed");
  };

  if (state === "thanks")
    return (
      <output ref={thanksRef} tabIndex={-1} className={styles.thanks} data-testid="rec-feedback-thanks">
        Thanks for the feedback!
      </output>
    );
  return (
    <fieldset className={styles.feedback} aria-label={`Rate option ${position}`}>
      <button
        type="button"
        className={styles.iconButton}
        aria-label="Good recommendation"
        aria-pressed={given === "positive"}
        disabled={state === "sending"}
        onClick={() => void give("positive")}
        data-testid="rec-thumbs-up"
      >
        <ThumbIcon />
      </button>
      <button
        type="button"
        className={styles.iconButton}
        aria-label="Poor recommendation"
        aria-pressed={given === "negative"}
        disabled={state === "sending"}
        onClick={() => void give("negative")}
        data-testid="rec-thumbs-down"
      >
        <ThumbIcon down />
      </button>
      {state === "failed" && (
        <span role="alert" className={styles.feedbackError} data-testid="rec-feedback-error">
          Not sent — try again.
        </span>
      )}
    </fieldset>
  );
}
