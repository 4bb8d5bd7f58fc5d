import type { UIMessage } from "ai";
import type { RecommendationsPart } from "@/lib/assistant/chat-schema";

/** The panel's chat message: AI SDK UI messages with the `data-recommendations` part of chat-schema. */
export type AssistantMessage = UIMessage<never, { recommendations: RecommendationsPart }>;

export type AssistantPart = AssistantMessage["parts"][number];

/** The message's text parts joined, as streamed so far. */
export function messageText(message: AssistantMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}
