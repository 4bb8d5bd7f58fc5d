import type { UIMessage } from "ai";
import type { RecommendationsPart } from "@/lib/assistant/chat-schema";

/** Our chat message type: AI SDK UI messages with a `data-recommendations` part. */
export type ChatMessage = UIMessage<never, { recommendations: RecommendationsPart }>;

/** The text the user typed in their latest message. */
export function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.role !== "user") continue;
    return m.parts
      .map((p) => (p.type === "text" ? p.text : ""))
      .join(" ")
      .trim();
  }
  return "";
}

/** Plain text of an assistant message (for the conversation log). */
export function messageText(m: ChatMessage): string {
  return m.parts
    .map((p) => (p.type === "text" ? p.text : ""))
    .join("")
    .trim();
}
