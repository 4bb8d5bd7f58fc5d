import { parseParams, parseQuery, rest } from "@/server/http/rest";
import { gpuModelParamsSchema, historyQuerySchema } from "@/server/schemas/offers";
import { gpuPriceHistory } from "@/server/services/offers/history";

export const GET = rest(async (request, { db, params }) => {
  const { gpu_model } = parseParams(params, gpuModelParamsSchema);
  const { days } = parseQuery(request, historyQuerySchema);
  const model = decodeURIComponent(gpu_model);
  return { gpu_model: model, days, points: await gpuPriceHistory(db, model, days) };
});
