import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { feedbackBodySchema, recommendationOptionSchema } from "@/lib/assistant/chat-schema";
import { workloadTemplateSchema } from "@/lib/assistant/templates";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { errorBodySchema } from "@/server/errors";
import {
  aiChatBodySchema,
  parseWorkloadBodySchema,
  recommendBodySchema,
  sessionParamsSchema,
} from "@/server/schemas/ai";
import {
  benchmarkListSchema,
  benchmarkSchema,
  gpuTypeParamsSchema,
  listBenchmarksQuerySchema,
} from "@/server/schemas/benchmarks";
import { healthSchema } from "@/server/schemas/health";
import { benchmarkUpdateSchema } from "@/server/schemas/math";
import {
  exportQuerySchema,
  gpuModelParamsSchema,
  historyQuerySchema,
  insightsSchema,
  offerIdParamsSchema,
  offerListSchema,
  offerSchema,
  pricePointSchema,
  searchBodySchema,
} from "@/server/schemas/offers";
import {
  integrationStatusSchema,
  providerParamsSchema,
  providersHealthSchema,
  saveIntegrationBodySchema,
} from "@/server/schemas/providers";
import { mathOperations } from "@/server/services/math-operations";

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

  registry.registerPath({
    method: "get",
    path: "/api/v1/providers",
    summary: "GPU offers: filter, full-text search, sort, paginate (design: { total, items[], warnings[] })",
    request: { query: listOffersQuerySchema },
    responses: { 200: json(offerListSchema, "A page of offers"), ...errors },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/providers/search",
    summary: "Advanced search: the same filters as a JSON body",
    request: { body: { content: { "application/json": { schema: searchBodySchema } } } },
    responses: { 200: json(offerListSchema, "A page of offers"), ...errors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/providers/export",
    summary: "Every matching offer as CSV or JSON, streamed",
    request: { query: exportQuerySchema },
    responses: {
      200: {
        description: "CSV (text/csv) or JSON ({ items: [...] })",
        content: {
          "text/csv": { schema: z.string() },
          "application/json": { schema: z.object({ items: z.array(offerSchema) }) },
        },
      },
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/providers/{id}",
    summary: "One offer with KPIs and provenance",
    request: { params: offerIdParamsSchema },
    responses: { 200: json(offerSchema, "The offer"), ...errors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/providers/{id}/history",
    summary: "Hourly price buckets of one offer (up to 90 days)",
    request: { params: offerIdParamsSchema, query: historyQuerySchema },
    responses: {
      200: json(
        z.object({ offer_id: z.string(), days: z.number(), points: z.array(pricePointSchema) }),
        "History",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/gpus/{gpu_model}/history",
    summary: "Hourly price-per-GPU-hour buckets across all offers of a GPU model",
    request: { params: gpuModelParamsSchema, query: historyQuerySchema },
    responses: {
      200: json(
        z.object({ gpu_model: z.string(), days: z.number(), points: z.array(pricePointSchema) }),
        "History",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/market/insights",
    summary: "Providers, offers, average price, cheapest per GPU, 7-day trend",
    responses: { 200: json(insightsSchema, "Insights"), ...errors },
  });

  for (const [name, operation] of Object.entries(mathOperations)) {
    registry.registerPath({
      method: "post",
      path: `/api/v1/math/${name}`,
      summary: operation.summary,
      request: { body: { content: { "application/json": { schema: operation.schema } } } },
      responses: {
        200: {
          description: "Result (snake_case fields)",
          content: { "application/json": { schema: z.object({}).loose() } },
        },
        ...errors,
      },
    });
  }
  registry.registerPath({
    method: "put",
    path: "/api/v1/math/benchmarks/{gpu_type}",
    summary: "Update a GPU's benchmark figures (admin: Bearer ADMIN_API_TOKEN); every change cites a source",
    request: {
      params: gpuTypeParamsSchema,
      body: { content: { "application/json": { schema: benchmarkUpdateSchema } } },
    },
    responses: { 200: json(z.object({ updated: z.boolean(), benchmark }), "Updated"), ...errors },
  });

  const body = (schema: z.ZodType) => ({ body: { content: { "application/json": { schema } } } });
  registry.registerPath({
    method: "post",
    path: "/api/v1/ai/parse-workload",
    summary: "Natural language → workload type, parameters and confidence (deterministic parser)",
    request: body(parseWorkloadBodySchema),
    responses: {
      200: json(
        z.object({ workload_type: z.string(), parameters: z.object({}).loose(), confidence: z.number() }),
        "Parsed",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/ai/recommend",
    summary: "Three ranked, priced options for a request, with the explanation",
    request: body(recommendBodySchema),
    responses: {
      200: json(
        z
          .object({
            recommendation_id: z.string(),
            recommendations: z.array(recommendationOptionSchema),
            explanation: z.string(),
          })
          .loose(),
        "Recommendations",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/ai/chat",
    summary: "Non-streaming chat turn for API clients (the browser panel streams from /api/chat)",
    request: body(aiChatBodySchema),
    responses: {
      200: json(
        z.object({
          response: z.string(),
          recommendations: z.array(recommendationOptionSchema),
          context_id: z.string(),
        }),
        "Answer",
      ),
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/ai/templates",
    summary: "Workload templates with their 2–3 questions",
    responses: { 200: json(z.array(workloadTemplateSchema), "Templates"), ...errors },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/ai/feedback",
    summary: "Thumbs up/down on a recommendation",
    request: body(feedbackBodySchema),
    responses: { 200: json(z.object({ recorded: z.boolean() }), "Recorded"), ...errors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/ai/context/{session_id}",
    summary: "The session's last 10 turns and page context",
    request: { params: sessionParamsSchema },
    responses: { 200: json(z.object({}).loose(), "Conversation"), ...errors },
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
