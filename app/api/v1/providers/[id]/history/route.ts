import { parseParams, parseQuery, rest } from "@/server/http/rest";
import { historyQuerySchema, offerIdParamsSchema } from "@/server/schemas/offers";
import { offerPriceHistory } from "@/server/services/offers/history";
import { getOffer } from "@/server/services/offers/list";

export const GET = rest(async (request, { db, params }) => {
  const { id } = parseParams(params, offerIdParamsSchema);
  const { days } = parseQuery(request, historyQuerySchema);
  await getOffer(db, id);
  return { offer_id: id, days, points: await offerPriceHistory(db, id, days) };
});
