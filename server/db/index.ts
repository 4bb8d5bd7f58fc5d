import { databaseDriver, env } from "@/server/env";
import { type Database, type DatabaseHandle, openDatabase } from "./client";

export type { Database, Executor, Transaction } from "./client";

/*
 * The process-wide database. Kept on globalThis so Next's dev-mode module reloads and the
 * instrumentation hook share one PGlite (only one owner per data dir is allowed).
 */
const globalKey = Symbol.for("gpubroker.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DatabaseHandle> };

export function databaseHandle(): Promise<DatabaseHandle> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    const e = env();
    g[globalKey] = openDatabase({ driver: databaseDriver(e), url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
  }
  return g[globalKey];
}

export async function getDb(): Promise<Database> {
  return (await databaseHandle()).db;
}
