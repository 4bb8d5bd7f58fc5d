import { parseBody, rest } from "@/server/http/rest";
import { aiChatBodySchema } from "@/server/schemas/ai";
import { chatApi } from "@/server/services/assistant/recommend-api";

export const POST = rest(async (request, { db }) => {
  const body = await parseBody(request, aiChatBodySchema);
  return chatApi(db, body.message, body.session_id ?? crypto.randomUUID(), body.context);
});
