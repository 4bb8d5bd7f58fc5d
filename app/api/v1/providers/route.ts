import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { appCache } from "@/server/cache/instance";
import { parseQuery, rest } from "@/server/http/rest";
import { listOffersCached } from "@/server/services/offers/cached";

export const dynamic = "force-dynamic";

export const GET = rest(async (request, { db }) =>
  listOffersCached(appCache(), db, parseQuery(request, listOffersQuerySchema)),
);
