"use client";

import { type FormEvent, type KeyboardEvent, type RefObject, useState } from "react";
import styles from "./assistant.module.css";

interface Props {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  busy: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
}

const INPUT_ID = "assistant-input";

/** Enter sends, Shift+Enter starts a new line; while an answer streams the button stops it. */
export function ChatComposer({ inputRef, busy, onSend, onStop }: Props) {
  const [draft, setDraft] = useState("");
  const text = draft.trim();

  const submit = () => {
    if (!text || busy) return;
    onSend(text);
    setDraft("");
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // an IME composing a character uses Enter to confirm it, not to send
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className={styles.composer} onSubmit={onSubmit} data-testid="assistant-composer">
      <label htmlFor={INPUT_ID} className="visually-hidden">
        Message the assistant
      </label>
      <textarea
        id={INPUT_ID}
        ref={inputRef}
        className={styles.input}
        rows={2}
        maxLength={2000}
        placeholder="Describe your workload…"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="assistant-input"
      />
      {busy ? (
        <button type="button" className="button-secondary" onClick={onStop} data-testid="assistant-stop">
          Stop
        </button>
      ) : (
        <button type="submit" className="button-primary" disabled={!text} data-testid="assistant-send">
          Send
        </button>
      )}
    </form>
  );
}
