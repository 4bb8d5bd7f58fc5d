import { appCache } from "@/server/cache/instance";
import { parseParams, rest } from "@/server/http/rest";
import { offerIdParamsSchema } from "@/server/schemas/offers";
import { getOfferCached } from "@/server/services/offers/cached";

export const GET = rest(async (_request, { db, params }) =>
  getOfferCached(appCache(), db, parseParams(params, offerIdParamsSchema).id),
);
