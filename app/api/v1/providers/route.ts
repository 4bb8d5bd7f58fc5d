import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { appCache } from "@/server/cache/instance";
import { parseQuery, rest } from "@/server/http/rest";
import { listOffersJsonCached } from "@/server/services/offers/cached";

export const dynamic = "force-dynamic";

export const GET = rest(async (request, { db }) => {
  const body = await listOffersJsonCached(appCache(), db, parseQuery(request, listOffersQuerySchema));
  return new Response(body, { headers: { "content-type": "application/json" } });
});
