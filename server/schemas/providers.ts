import { z } from "zod";
import { credentialsSchema } from "@/server/services/integrations";

export const providerStatusSchema = z.object({
  provider: z.string(),
  display_name: z.string(),
  kind: z.string().describe("api = live adapter; catalog = dated, cited static price table"),
  status: z.string().describe("active | degraded | down"),
  last_sync_at: z.string().nullable(),
  error_count: z.number().int(),
  last_error: z.string().nullable(),
  offers: z.number().int(),
  live_offers: z.number().int().describe("offers not stale"),
  integration: z.enum(["green", "yellow", "red"]).nullable(),
});

export const providersHealthSchema = z.object({ provider_statuses: z.array(providerStatusSchema) });

export const integrationStatusSchema = z.object({
  provider: z.string(),
  status: z.enum(["green", "yellow", "red"]),
  last_validated_at: z.string().nullable(),
  last_error: z.string().nullable(),
});

export const saveIntegrationBodySchema = z.object({
  provider: z.string().min(1).max(100),
  credentials: credentialsSchema,
});

export const providerParamsSchema = z.object({ provider: z.string().min(1).max(100) });
