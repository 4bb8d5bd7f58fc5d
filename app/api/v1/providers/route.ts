import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { parseQuery, rest } from "@/server/http/rest";
import { listOffers } from "@/server/services/offers/list";

export const dynamic = "force-dynamic";

export const GET = rest(async (request, { db }) =>
  listOffers(db, parseQuery(request, listOffersQuerySchema)),
);
