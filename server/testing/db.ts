import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/server/db/client";
import { withDatabase } from "./global-setup";

export interface TestDatabase extends DatabaseHandle {
  /** connection string of this file's own database (pg only), for code that opens its own pool */
  url: string | null;
}

/**
 * A fresh, migrated database for one test FILE (open in beforeAll, close in afterAll): a clone
 * of the run's template on real PostgreSQL when TEST_DATABASE_URL is set, else an in-memory
 * PGlite loaded from the migrated dump. Never one per test: cloning costs ~0.1–1 s.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject("testDatabase");
  if (target.kind === "pglite") {
    const blob = new Blob([await readFile(target.file)]);
    const client = await PGlite.create({ loadDataDir: blob });
    return { ...(await openDatabase({ driver: "pglite", pglite: client })), url: null };
  }
  const name = `${target.template}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  // Concurrent clones of one template can collide on its lock ("being accessed by other users").
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${target.template}`);
      break;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  const url = withDatabase(target.url, name);
  const handle = await openDatabase({ driver: "pg", url, maxConnections: 8 });
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
