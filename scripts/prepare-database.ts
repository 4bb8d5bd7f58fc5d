import { openDatabase } from "@/server/db/client";
import { applyMigrations } from "@/server/db/migrate";
import { seedBenchmarks } from "@/server/db/seed";
import { databaseDriver, type Env } from "@/server/env";
import { seedCatalogIfEmpty } from "@/server/services/catalog-seed";

/**
 * Migrations + reference data, run by `npm start` before the server owns the database (PGlite
 * allows one process per data dir, so this process closes it before Next opens it).
 */
export async function prepareDatabase(
  e: Env,
): Promise<{ driver: string; benchmarks: number; offers: number; snapshotLoaded: boolean }> {
  const driver = databaseDriver(e);
  if (driver === "pglite") {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(e.PGLITE_DIR, { recursive: true });
  }
  const handle = await openDatabase({
    driver,
    url: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    maxConnections: 2,
  });
  try {
    await applyMigrations(handle);
    const benchmarks = await seedBenchmarks(handle.db);
    const catalog = await seedCatalogIfEmpty(handle.db);
    return { driver, benchmarks, offers: catalog.offers, snapshotLoaded: catalog.loaded };
  } finally {
    await handle.close();
  }
}
