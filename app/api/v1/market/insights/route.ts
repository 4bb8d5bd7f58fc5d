import { rest } from "@/server/http/rest";
import { marketInsights } from "@/server/services/offers/insights";

export const dynamic = "force-dynamic";

export const GET = rest(async (_request, { db }) => marketInsights(db));
