import { rest } from "@/server/http/rest";
import { getPresets } from "@/server/services/presets";

export const dynamic = "force-dynamic";

export const GET = rest(async (_request, { db }) => ({ items: await getPresets(db) }));
