import { parseParams, rest } from "@/server/http/rest";
import { providerParamsSchema } from "@/server/schemas/providers";
import { deleteIntegration } from "@/server/services/integrations";

export const DELETE = rest(async (_request, { db, params }) => {
  const { provider } = parseParams(params, providerParamsSchema);
  return deleteIntegration(db, provider);
});
