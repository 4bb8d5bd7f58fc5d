import { createUIMessageStreamResponse } from "ai";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { rest } from "@/server/http/rest";
import { chatStream, llmFromEnv } from "@/server/services/assistant/chat";
import { parseChatRequest } from "@/server/services/assistant/chat-request";

export const dynamic = "force-dynamic";

export const POST = rest(async (request, { db }) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("VALIDATION_ERROR", "Request body must be valid JSON", {
      field: "body",
      reason: "invalid_json",
    });
  }
  const { sessionId, messages, context } = await parseChatRequest(body);
  return createUIMessageStreamResponse({
    stream: chatStream({ db, sessionId, messages, context, model: llmFromEnv(env()) }),
  });
});
