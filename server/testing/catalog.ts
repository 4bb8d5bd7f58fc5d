import { providerAdapters } from "@/lib/providers/registry";
import { seedBenchmarks } from "@/server/db/seed";
import { fixtureCredentials, fixtureFetch } from "@/server/workers/fixture-fetch";
import { runIngest } from "@/server/workers/ingest";
import { createTestDatabase, type TestDatabase } from "./db";
import { providerFixturesDir } from "./fixtures";

/**
 * A test file's database with a realistic catalog: the benchmark table plus every provider's
 * recorded fixture payload ingested through the real pipeline (~580 offers, 23 providers).
 */
export async function createCatalogTestDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  await seedBenchmarks(t.db);
  const results = await runIngest({
    db: t.db,
    adapters: providerAdapters,
    credentials: fixtureCredentials,
    fetch: { fetch: fixtureFetch(providerFixturesDir) },
  });
  const failed = results.filter((r) => r.status !== "ok");
  if (failed.length > 0)
    throw new Error(`fixture ingest failed for ${failed.map((r) => r.provider).join(", ")}`);
  return t;
}
