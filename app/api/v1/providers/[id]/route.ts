import { parseParams, rest } from "@/server/http/rest";
import { offerIdParamsSchema } from "@/server/schemas/offers";
import { getOffer } from "@/server/services/offers/list";

export const GET = rest(async (_request, { db, params }) =>
  getOffer(db, parseParams(params, offerIdParamsSchema).id),
);
