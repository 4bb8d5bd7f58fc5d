import { parseBody, rest } from "@/server/http/rest";
import { searchBodySchema } from "@/server/schemas/offers";
import { listOffers } from "@/server/services/offers/list";

export const POST = rest(async (request, { db }) =>
  listOffers(db, await parseBody(request, searchBodySchema)),
);
