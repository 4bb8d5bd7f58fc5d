import { parseBody, rest } from "@/server/http/rest";
import { parseWorkloadBodySchema } from "@/server/schemas/ai";
import { parseWorkloadApi } from "@/server/services/assistant/recommend-api";

export const POST = rest(async (request) =>
  parseWorkloadApi((await parseBody(request, parseWorkloadBodySchema)).text),
);
