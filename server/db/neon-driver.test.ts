import { neonConfig } from "@neondatabase/serverless";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpuBenchmarks, providers } from "@/drizzle/schema";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { startNeonWsProxy } from "@/server/testing/neon-ws-proxy";
import { type DatabaseHandle, openDatabase } from "./client";
import { seedBenchmarks } from "./seed";

/**
 * The Neon driver (@neondatabase/serverless over WebSockets) runs the same drizzle code as pg and
 * PGlite. Neon is not reachable here, so its wire protocol is carried to the real PostgreSQL by a
 * local WebSocket→TCP proxy; that needs TEST_DATABASE_URL (CI). Without it, this file checks only
 * what needs no server.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe("Neon driver selection", () => {
  it("opens a Neon pool lazily, without connecting", async () => {
    const handle = await openDatabase({
      driver: "neon",
      url: "postgres://u:p@ep-test-123.eu-central-1.aws.neon.tech/db",
    });
    expect(handle.driver).toBe("neon");
    await handle.close();
  });
});

if (serverUrl) {
  describe("Neon driver against PostgreSQL through a WebSocket proxy", () => {
    let t: TestDatabase;
    let proxy: Awaited<ReturnType<typeof startNeonWsProxy>>;
    let neon: DatabaseHandle;
    beforeAll(async () => {
      t = await createTestDatabase();
      const u = new URL(t.url ?? serverUrl);
      proxy = await startNeonWsProxy({ host: u.hostname, port: Number(u.port || 5432) });
      neonConfig.wsProxy = () => `${proxy.address}/`;
      neonConfig.useSecureWebSocket = false;
      neonConfig.pipelineConnect = false;
      neonConfig.pipelineTLS = false;
      neonConfig.forceDisablePgSSL = true;
      neon = await openDatabase({ driver: "neon", url: t.url ?? serverUrl, maxConnections: 2 });
    });
    afterAll(async () => {
      await neon?.close();
      await proxy?.close();
      await t?.close();
    });

    it("runs the same seed, queries and transactions", async () => {
      expect(await seedBenchmarks(neon.db)).toBe(41);
      const [row] = await neon.db.select({ n: count() }).from(gpuBenchmarks);
      expect(row?.n).toBe(41);
      await neon.db.transaction(async (tx) => {
        await tx
          .insert(providers)
          .values({ name: "neon-test", displayName: "Neon test", apiBaseUrl: "https://example.test" });
      });
      const [p] = await neon.db
        .select({ name: providers.name })
        .from(providers)
        .where(eq(providers.name, "neon-test"));
      expect(p?.name).toBe("neon-test");
      // visible through the pg driver too: one database, two drivers
      const [viaPg] = await t.db
        .select({ n: count() })
        .from(providers)
        .where(eq(providers.name, "neon-test"));
      expect(viaPg?.n).toBe(1);
    });
  });
}
