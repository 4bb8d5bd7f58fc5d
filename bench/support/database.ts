import pg from "pg";
import { type DatabaseHandle, openDatabase } from "@/server/db/client";
import { applyMigrations } from "@/server/db/migrate";
import { seedBenchmarks } from "@/server/db/seed";

/**
 * A throwaway, migrated database on the real PostgreSQL for one benchmark run
 * (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the machine's local server).
 */
export const benchServerUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

export interface BenchDatabase extends DatabaseHandle {
  url: string;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `gpubroker_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: benchServerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(benchServerUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = await openDatabase({ driver: "pg", url, maxConnections: 16 });
  await applyMigrations(handle);
  await seedBenchmarks(handle.db);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
