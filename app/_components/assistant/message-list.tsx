"use client";

import { useEffect, useRef } from "react";
import styles from "./assistant.module.css";
import type { AssistantMessage } from "./assistant-message";
import { ChatWelcome } from "./chat-welcome";
import { MessageItem } from "./message-item";

interface Props {
  messages: readonly AssistantMessage[];
  busy: boolean;
  sessionId: string;
  onBook: () => void;
}

/** The conversation as a polite live log, scrolled to the newest text as it streams. */
export function MessageList({ messages, busy, sessionId, onBook }: Props) {
  const logRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const log = logRef.current;
    if (log && messages.length > 0) log.scrollTop = log.scrollHeight;
  }, [messages]);

  return (
    <div
      ref={logRef}
      className={styles.log}
      role="log"
      aria-live="polite"
      aria-busy={busy}
      aria-label="Conversation with the assistant"
      data-testid="assistant-messages"
    >
      {messages.length === 0 && <ChatWelcome />}
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} sessionId={sessionId} onBook={onBook} />
      ))}
      {busy && (
        <p className={styles.thinking} data-testid="assistant-thinking">
          <span aria-hidden="true" className={styles.thinkingDots} />
          thinking…
        </p>
      )}
    </div>
  );
}
