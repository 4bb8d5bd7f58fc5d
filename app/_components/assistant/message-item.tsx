import styles from "./assistant.module.css";
import type { AssistantMessage } from "./assistant-message";
import { RecommendationList } from "./recommendation-list";

interface Props {
  message: AssistantMessage;
  sessionId: string;
  onBook: () => void;
}

/** One turn: text parts as they stream, then the recommendation cards. */
export function MessageItem({ message, sessionId, onBook }: Props) {
  const isUser = message.role === "user";
  return (
    <article
      className={isUser ? styles.userMessage : styles.assistantMessage}
      aria-label={isUser ? "You" : "Assistant"}
      data-testid="assistant-message"
      data-role={message.role}
    >
      {message.parts.map((part, index) => {
        const key = `${message.id}-${index}`;
        if (part.type === "text")
          return (
            <p key={key} className={styles.text} data-testid="assistant-message-text">
              {part.text}
            </p>
          );
        if (part.type === "data-recommendations")
          return <RecommendationList key={key} part={part.data} sessionId={sessionId} onBook={onBook} />;
        return null;
      })}
    </article>
  );
}
