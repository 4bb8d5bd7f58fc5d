import { appCache } from "@/server/cache/instance";
import { parseBody, rest } from "@/server/http/rest";
import { searchBodySchema } from "@/server/schemas/offers";
import { listOffersCached } from "@/server/services/offers/cached";

export const POST = rest(async (request, { db }) =>
  listOffersCached(appCache(), db, await parseBody(request, searchBodySchema)),
);
