import { parseBody, rest } from "@/server/http/rest";
import { recommendBodySchema } from "@/server/schemas/ai";
import { recommendApi } from "@/server/services/assistant/recommend-api";

export const POST = rest(async (request, { db }) => {
  const body = await parseBody(request, recommendBodySchema);
  return recommendApi(db, body.text, body.context);
});
