import { parseParams, rest } from "@/server/http/rest";
import { sessionParamsSchema } from "@/server/schemas/ai";
import { requireConversation } from "@/server/services/assistant/conversation-store";

export const GET = rest(async (_request, { db, params }) =>
  requireConversation(db, parseParams(params, sessionParamsSchema).session_id),
);
