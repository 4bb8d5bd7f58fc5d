import { eq } from "drizzle-orm";
import { z } from "zod";
import { providerIntegrations, providers } from "@/drizzle/schema";
import { adapterFor } from "@/lib/providers/registry";
import type { Credentials } from "@/lib/providers/types";
import type { Database, Executor } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { decryptJson, encryptJson, parseKey } from "./credentials-crypto";

/**
 * /config/integrations: provider credentials stored encrypted (AES-256-GCM), validated against
 * the provider's own cheap authenticated endpoint, listed with green/yellow/red status.
 */

export const credentialsSchema = z.record(z.string().min(1).max(100), z.string().min(1).max(4096));

export interface IntegrationStatusDto {
  provider: string;
  status: "green" | "yellow" | "red";
  last_validated_at: string | null;
  last_error: string | null;
}

export type Validator = (
  provider: string,
  credentials: Credentials,
) => Promise<{ ok: boolean; error?: string }>;

function key(): Buffer {
  const text = env().CREDENTIALS_ENCRYPTION_KEY;
  if (!text) {
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "Provider integrations are disabled: set CREDENTIALS_ENCRYPTION_KEY (32 bytes, hex or base64)",
      { variable: "CREDENTIALS_ENCRYPTION_KEY" },
    );
  }
  return parseKey(text);
}

async function providerId(db: Executor, slug: string): Promise<string> {
  const [row] = await db
    .select({ id: providers.id })
    .from(providers)
    .where(eq(providers.name, slug))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", `Unknown provider '${slug}'`, { field: "provider" });
  return row.id;
}

export async function saveIntegration(
  db: Database,
  slug: string,
  credentials: Credentials,
  validate: Validator,
  now = new Date(),
): Promise<IntegrationStatusDto> {
  const adapter = adapterFor(slug);
  if (adapter?.info.kind !== "api") {
    throw new AppError("VALIDATION_ERROR", `Provider '${slug}' has no API integration`, {
      field: "provider",
    });
  }
  const missing = adapter.info.credentialKeys.filter((k) => !credentials[k]);
  if (missing.length > 0) {
    throw new AppError("VALIDATION_ERROR", `Missing credential fields: ${missing.join(", ")}`, {
      field: "credentials",
      missing,
    });
  }
  const id = await providerId(db, slug);
  const blob = encryptJson(credentials, key());
  const check = await validate(slug, credentials);
  // Rejected (4xx) → red; unreachable or no validation endpoint → yellow (stored, unproven).
  const status = check.ok ? "green" : check.error?.startsWith("HTTP 4") ? "red" : "yellow";
  const values = {
    providerId: id,
    encryptedCredentials: blob,
    status,
    lastValidatedAt: check.ok ? now : null,
    lastError: check.ok ? null : (check.error ?? "not validated"),
    updatedAt: now,
  };
  await db.insert(providerIntegrations).values(values).onConflictDoUpdate({
    target: providerIntegrations.providerId,
    set: values,
  });
  return {
    provider: slug,
    status,
    last_validated_at: values.lastValidatedAt?.toISOString() ?? null,
    last_error: values.lastError,
  };
}

export async function listIntegrations(db: Executor): Promise<IntegrationStatusDto[]> {
  const rows = await db
    .select({
      provider: providers.name,
      status: providerIntegrations.status,
      lastValidatedAt: providerIntegrations.lastValidatedAt,
      lastError: providerIntegrations.lastError,
    })
    .from(providerIntegrations)
    .innerJoin(providers, eq(providers.id, providerIntegrations.providerId))
    .orderBy(providers.name);
  return rows.map((r) => ({
    provider: r.provider,
    status: r.status as IntegrationStatusDto["status"],
    last_validated_at: r.lastValidatedAt?.toISOString() ?? null,
    last_error: r.lastError,
  }));
}

export async function deleteIntegration(db: Executor, slug: string): Promise<{ deleted: boolean }> {
  const id = await providerId(db, slug);
  const rows = await db
    .delete(providerIntegrations)
    .where(eq(providerIntegrations.providerId, id))
    .returning({ id: providerIntegrations.providerId });
  if (rows.length === 0)
    throw new AppError("NOT_FOUND", `No integration stored for '${slug}'`, { field: "provider" });
  return { deleted: true };
}

/** Decrypted credentials for the ingest worker; null when none are stored or the key is unset. */
export async function credentialsFor(db: Executor, slug: string): Promise<Credentials | null> {
  const text = env().CREDENTIALS_ENCRYPTION_KEY;
  if (!text) return null;
  const [row] = await db
    .select({ blob: providerIntegrations.encryptedCredentials })
    .from(providerIntegrations)
    .innerJoin(providers, eq(providers.id, providerIntegrations.providerId))
    .where(eq(providers.name, slug))
    .limit(1);
  if (!row) return null;
  const value = decryptJson(row.blob, parseKey(text));
  const parsed = credentialsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
