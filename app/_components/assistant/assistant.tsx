"use client";

import { AssistantWidget } from "./assistant-widget";
import { useSessionId } from "./session-id";

/**
 * The assistant on every page (mounted once in the root layout, inside the providers). Renders
 * nothing on the server: the session id lives in localStorage.
 */
export function Assistant() {
  const sessionId = useSessionId();
  return sessionId ? <AssistantWidget sessionId={sessionId} /> : null;
}
