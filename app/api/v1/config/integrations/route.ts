import { parseBody, rest } from "@/server/http/rest";
import { saveIntegrationBodySchema } from "@/server/schemas/providers";
import { listIntegrations, saveIntegration } from "@/server/services/integrations";
import { httpValidator } from "@/server/workers/validate-credentials";

export const dynamic = "force-dynamic";

export const GET = rest(async (_request, { db }) => listIntegrations(db));

export const POST = rest(async (request, { db }) => {
  const body = await parseBody(request, saveIntegrationBodySchema);
  return saveIntegration(db, body.provider, body.credentials, httpValidator());
});
