import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerIntegrations } from "@/drizzle/schema";
import { providerAdapters } from "@/lib/providers/registry";
import { resetEnvCache } from "@/server/env";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { httpValidator } from "@/server/workers/validate-credentials";
import { credentialsFor, deleteIntegration, listIntegrations, saveIntegration } from "./integrations";
import { ensureProviders } from "./providers-registry";

let t: TestDatabase;
const previousKey = process.env.CREDENTIALS_ENCRYPTION_KEY;
beforeAll(async () => {
  process.env.CREDENTIALS_ENCRYPTION_KEY = "ab".repeat(32);
  resetEnvCache();
  t = await createTestDatabase();
  await ensureProviders(
    t.db,
    providerAdapters.map((a) => a.info),
  );
});
afterAll(async () => {
  if (previousKey === undefined) delete process.env.CREDENTIALS_ENCRYPTION_KEY;
  else process.env.CREDENTIALS_ENCRYPTION_KEY = previousKey;
  resetEnvCache();
  await t.close();
});

/** The provider's validation endpoint, answered locally: the status decides green/red/yellow. */
const answering = (status: number | "network") =>
  httpValidator(async () => {
    if (status === "network") throw new TypeError("fetch failed");
    return new Response("{}", { status });
  });

describe("provider integrations", () => {
  it("stores validated credentials encrypted and lists them green", async () => {
    const r = await saveIntegration(t.db, "lambdalabs", { apiKey: "secret-lambda-key" }, answering(200));
    expect(r).toMatchObject({ provider: "lambdalabs", status: "green", last_error: null });
    const [row] = await t.db
      .select({ blob: providerIntegrations.encryptedCredentials })
      .from(providerIntegrations);
    expect(row?.blob).not.toContain("secret-lambda-key");
    expect(await credentialsFor(t.db, "lambdalabs")).toEqual({ apiKey: "secret-lambda-key" });
    expect((await listIntegrations(t.db)).map((i) => [i.provider, i.status])).toEqual([
      ["lambdalabs", "green"],
    ]);
  });

  it("marks rejected credentials red and unreachable providers yellow", async () => {
    expect((await saveIntegration(t.db, "runpod", { apiKey: "bad" }, answering(401))).status).toBe("red");
    const unreachable = await saveIntegration(t.db, "fluidstack", { apiKey: "k" }, answering("network"));
    expect(unreachable).toMatchObject({ status: "yellow", last_error: "provider unreachable" });
  });

  it("refuses missing fields, catalog providers and unknown providers", async () => {
    await expect(saveIntegration(t.db, "verda", { clientId: "x" }, answering(200))).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      details: { missing: ["clientSecret"] },
    });
    await expect(saveIntegration(t.db, "coreweave", { apiKey: "x" }, answering(200))).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
    });
    await expect(deleteIntegration(t.db, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes stored credentials", async () => {
    expect(await deleteIntegration(t.db, "runpod")).toEqual({ deleted: true });
    expect(await credentialsFor(t.db, "runpod")).toBeNull();
    const rows = await t.db.select().from(providerIntegrations).where(eq(providerIntegrations.status, "red"));
    expect(rows).toHaveLength(0);
    await expect(deleteIntegration(t.db, "runpod")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
