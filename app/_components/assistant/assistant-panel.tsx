"use client";

import { type KeyboardEvent, useCallback, useEffect, useRef } from "react";
import styles from "./assistant.module.css";
import { ChatComposer } from "./chat-composer";
import { ChatError } from "./chat-error";
import { MessageList } from "./message-list";
import { PANEL_TITLE_ID, PanelHeader } from "./panel-header";
import { TemplateActions } from "./template-actions";
import type { AssistantChat } from "./use-assistant-chat";

/** Keep in step with the full-screen breakpoint in assistant.module.css. */
const FULL_SCREEN = "(max-width: 640px)";

interface Props {
  open: boolean;
  chat: AssistantChat;
  sessionId: string;
  onClose: () => void;
}

/**
 * The chat panel: a non-modal dialog (the page behind stays usable), full screen on phones.
 * Stays mounted while minimised so the draft and scroll position survive.
 */
export function AssistantPanel({ open, chat, sessionId, onClose }: Props) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const focusInput = useCallback(() => inputRef.current?.focus(), []);
  const { messages, status, error, sendMessage, stop, regenerate } = chat;
  const busy = status === "submitted" || status === "streaming";

  useEffect(() => {
    if (open) focusInput();
  }, [open, focusInput]);

  // on a phone the panel covers the offer page "Book now" opens, so it steps aside
  const onBook = () => {
    if (window.matchMedia(FULL_SCREEN).matches) onClose();
  };
  const send = (text: string) => {
    void sendMessage({ text });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // inner widgets (the template wizard) claim Escape first by preventing its default
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      open={open}
      className={styles.panel}
      aria-labelledby={PANEL_TITLE_ID}
      onKeyDown={onKeyDown}
      data-testid="assistant-panel"
    >
      <PanelHeader onClose={onClose} />
      <MessageList messages={messages} busy={busy} sessionId={sessionId} onBook={onBook} />
      {error && status === "error" && <ChatError error={error} onRetry={() => void regenerate()} />}
      <TemplateActions disabled={busy} onSend={send} onDone={focusInput} />
      <ChatComposer inputRef={inputRef} busy={busy} onSend={send} onStop={() => void stop()} />
    </dialog>
  );
}
