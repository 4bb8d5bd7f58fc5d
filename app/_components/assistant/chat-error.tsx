import { z } from "zod";
import styles from "./assistant.module.css";

/** The design's error body, which the transport hands over as the error message. */
const errorBodySchema = z.object({ error: z.object({ message: z.string() }) });

function describe(error: Error): string {
  try {
    const body = errorBodySchema.safeParse(JSON.parse(error.message));
    if (body.success) return body.data.error.message;
  } catch {
    // not JSON: a network failure or a stream error
  }
  return "The assistant could not answer.";
}

export function ChatError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div className={styles.error} role="alert" data-testid="assistant-error">
      <p>{describe(error)}</p>
      <button type="button" className="button-secondary" onClick={onRetry} data-testid="assistant-retry">
        Retry
      </button>
    </div>
  );
}
