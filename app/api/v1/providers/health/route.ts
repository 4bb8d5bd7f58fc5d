import { rest } from "@/server/http/rest";
import { providerStatuses } from "@/server/services/provider-health";

export const dynamic = "force-dynamic";

export const GET = rest(async (_request, { db }) => ({ provider_statuses: await providerStatuses(db) }));
