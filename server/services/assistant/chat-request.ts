import { safeValidateUIMessages } from "ai";
import { z } from "zod";
import { pageContextSchema, recommendationsPartSchema } from "@/lib/assistant/chat-schema";
import { AppError, validationError } from "@/server/errors";
import type { ChatMessage } from "./messages";

const bodySchema = z.object({
  /** the chat session (useChat's id); conversation memory is kept per session */
  id: z.string().min(1).max(255),
  messages: z.array(z.unknown()).min(1).max(200),
  context: pageContextSchema.optional(),
});

/** Validates /api/chat's body: shape by zod, messages by the AI SDK against our data parts. */
export async function parseChatRequest(body: unknown) {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, "body");
  const messages = await safeValidateUIMessages<ChatMessage>({
    messages: parsed.data.messages,
    dataSchemas: { recommendations: recommendationsPartSchema },
  });
  if (!messages.success) {
    throw new AppError("VALIDATION_ERROR", "messages are not valid UI messages", {
      field: "messages",
      reason: messages.error.message.slice(0, 300),
    });
  }
  const last = messages.data.at(-1);
  if (last?.role !== "user") {
    throw new AppError("VALIDATION_ERROR", "the last message must be the user's", { field: "messages" });
  }
  return { sessionId: parsed.data.id, messages: messages.data, context: parsed.data.context };
}
