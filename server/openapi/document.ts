import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorBodySchema } from "@/server/errors";
import {
  benchmarkListSchema,
  benchmarkSchema,
  gpuTypeParamsSchema,
  listBenchmarksQuerySchema,
} from "@/server/schemas/benchmarks";
import { healthSchema } from "@/server/schemas/health";
import {
  integrationStatusSchema,
  providerParamsSchema,
  providersHealthSchema,
  saveIntegrationBodySchema,
} from "@/server/schemas/providers";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with
 * (@asteasolutions/zod-to-openapi), so the description cannot drift from the code.
 */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  // Components are named by each schema's zod metadata id (`.meta({ id })`).
  const error = errorBodySchema;
  const benchmark = benchmarkSchema;
  const errors = Object.fromEntries(
    [
      [400, "Invalid input (VALIDATION_ERROR)"],
      [404, "Not found (NOT_FOUND)"],
      [429, "Rate limited (RATE_LIMITED)"],
      [500, "Unexpected error (INTERNAL_ERROR)"],
    ].map(([status, description]) => [
      status,
      { description: String(description), content: { "application/json": { schema: error } } },
    ]),
  );

  registry.registerPath({
    method: "get",
    path: "/api/health",
    summary: "Liveness and database status",
    responses: {
      200: { description: "Healthy", content: { "application/json": { schema: healthSchema } } },
      503: { description: "Database down", content: { "application/json": { schema: healthSchema } } },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/math/benchmarks",
    summary: "GPU benchmark reference table",
    request: { query: listBenchmarksQuerySchema },
    responses: {
      200: { description: "Benchmarks", content: { "application/json": { schema: benchmarkListSchema } } },
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/math/benchmarks/{gpu_type}",
    summary: "One GPU's benchmark row (canonical model name)",
    request: { params: gpuTypeParamsSchema },
    responses: {
      200: { description: "Benchmark", content: { "application/json": { schema: benchmark } } },
      ...errors,
    },
  });

  const json = (schema: z.ZodType, description: string) => ({
    description,
    content: { "application/json": { schema } },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/providers/health",
    summary: "Sync status, errors and offer counts of every provider",
    responses: { 200: json(providersHealthSchema, "Provider statuses"), ...errors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/config/integrations",
    summary: "Stored provider integrations with validation status",
    responses: { 200: json(z.array(integrationStatusSchema), "Integrations"), ...errors },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/config/integrations",
    summary: "Validate and store provider credentials (AES-256-GCM encrypted)",
    request: { body: { content: { "application/json": { schema: saveIntegrationBodySchema } } } },
    responses: {
      200: json(integrationStatusSchema, "Stored; status says whether they validated"),
      ...errors,
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/config/integrations/{provider}",
    summary: "Remove stored credentials",
    request: { params: providerParamsSchema },
    responses: { 200: json(z.object({ deleted: z.boolean() }), "Deleted"), ...errors },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "GPUBROKER API",
      version: "1.0.0",
      description:
        "GPU offers from many providers, normalized; math core; assistant. Errors use the Error schema with a trace_id.",
    },
    servers: [{ url: "/" }],
  });
}
