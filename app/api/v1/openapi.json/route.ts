import { buildOpenApiDocument } from "@/server/openapi/document";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET(): Response {
  cached ??= buildOpenApiDocument();
  return Response.json(cached);
}
