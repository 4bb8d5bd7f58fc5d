import { feedbackBodySchema } from "@/lib/assistant/chat-schema";
import { parseBody, rest } from "@/server/http/rest";
import { recordFeedback } from "@/server/services/assistant/feedback";

export const POST = rest(async (request, { db }) =>
  recordFeedback(db, await parseBody(request, feedbackBodySchema)),
);
