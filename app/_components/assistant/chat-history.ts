import { z } from "zod";
import { recommendationsPartSchema } from "@/lib/assistant/chat-schema";
import type { AssistantMessage } from "./assistant-message";

/**
 * The conversation shown in the panel, kept in sessionStorage for the page session (reloads of
 * the tab keep it; a new tab starts empty). Only text and recommendation parts are stored, and
 * what comes back is validated — storage is user-editable input.
 */
const MAX_STORED_MESSAGES = 40;

const storedPartSchema = z.union([
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({
    type: z.literal("data-recommendations"),
    id: z.string().optional(),
    data: recommendationsPartSchema,
  }),
]);

const storedMessageSchema = z.object({
  id: z.string().min(1),
  role: z.enum(["user", "assistant"]),
  parts: z.array(z.unknown()),
});

function storageKey(sessionId: string): string {
  return `gpubroker:assistant-history:${sessionId}`;
}

function toMessage(raw: unknown): AssistantMessage | null {
  const message = storedMessageSchema.safeParse(raw);
  if (!message.success) return null;
  const parts: AssistantMessage["parts"] = [];
  for (const part of message.data.parts) {
    const parsed = storedPartSchema.safeParse(part);
    if (parsed.success) parts.push(parsed.data);
  }
  return parts.length > 0 ? { id: message.data.id, role: message.data.role, parts } : null;
}

export function loadHistory(sessionId: string): AssistantMessage[] {
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(storageKey(sessionId)) ?? "[]");
    if (!Array.isArray(raw)) return [];
    return raw.map(toMessage).filter((m): m is AssistantMessage => m !== null);
  } catch {
    return [];
  }
}

export function saveHistory(sessionId: string, messages: readonly AssistantMessage[]): void {
  const kept = messages.slice(-MAX_STORED_MESSAGES).map((m) => ({
    id: m.id,
    role: m.role,
    parts: m.parts.filter((p) => p.type === "text" || p.type === "data-recommendations"),
  }));
  try {
    window.sessionStorage.setItem(storageKey(sessionId), JSON.stringify(kept));
  } catch {
    // storage full or disabled: the history still lives in memory for this page
  }
}
