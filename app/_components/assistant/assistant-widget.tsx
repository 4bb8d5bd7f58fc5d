"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AssistantLauncher } from "./assistant-launcher";
import { AssistantPanel } from "./assistant-panel";
import { useAssistantChat } from "./use-assistant-chat";

/**
 * Launcher + panel. The chat lives here, not in the panel, so a conversation keeps streaming
 * while the panel is minimised and across client-side navigations.
 */
export function AssistantWidget({ sessionId }: { sessionId: string }) {
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(false);
  const openRef = useRef(open);
  const wasOpen = useRef(false);
  const launcherRef = useRef<HTMLButtonElement>(null);

  const onAnswerFinished = useCallback(() => {
    if (!openRef.current) setUnread(true);
  }, []);
  const chat = useAssistantChat({ sessionId, onAnswerFinished });

  useEffect(() => {
    openRef.current = open;
    // focus goes back where it came from when the panel closes (not on first render)
    if (!open && wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const openPanel = () => {
    setUnread(false);
    setOpen(true);
  };

  return (
    <>
      <AssistantLauncher ref={launcherRef} hidden={open} unread={unread} onOpen={openPanel} />
      <AssistantPanel open={open} chat={chat} sessionId={sessionId} onClose={() => setOpen(false)} />
    </>
  );
}
