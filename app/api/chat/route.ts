import { createUIMessageStreamResponse } from "ai";
import { env } from "@/server/env";
import { readJson, rest } from "@/server/http/rest";
import { chatStream, llmFromEnv } from "@/server/services/assistant/chat";
import { parseChatRequest } from "@/server/services/assistant/chat-request";

export const dynamic = "force-dynamic";

export const POST = rest(async (request, { db }) => {
  const { sessionId, messages, context } = await parseChatRequest(await readJson(request));
  return createUIMessageStreamResponse({
    stream: chatStream({ db, sessionId, messages, context, model: llmFromEnv(env()) }),
  });
});
