import { PGlite } from "@electric-sql/pglite";
import { Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import ws from "ws";
import * as schema from "@/drizzle/schema";
import type { DatabaseDriver } from "@/server/env";

export type Schema = typeof schema;
/** One type for all three drivers: services never know which one they talk to. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  driver: DatabaseDriver;
  url?: string;
  pgliteDir?: string;
  /** an already-open PGlite (tests clone a migrated template into memory) */
  pglite?: PGlite;
  /** pool size for pg / neon */
  maxConnections?: number;
}

const config = { schema, casing: "snake_case" } as const;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  switch (options.driver) {
    case "pglite": {
      const client = options.pglite ?? (await PGlite.create(options.pgliteDir ?? "./.data/pglite"));
      await client.waitReady;
      const db = drizzlePglite({ client, ...config }) as unknown as Database;
      return { db, driver: "pglite", close: () => client.close() };
    }
    case "pg": {
      const pool = new pg.Pool({ connectionString: requireUrl(options), max: options.maxConnections ?? 10 });
      // An idle client whose server connection dies (restart, admin shutdown) emits 'error' on the
      // pool; unhandled, that would crash the process. The pool replaces it; queries report errors.
      pool.on("error", () => {});
      const db = drizzlePg({ client: pool, ...config }) as unknown as Database;
      return { db, driver: "pg", close: () => pool.end() };
    }
    case "neon": {
      // Node 20 has no global WebSocket; Neon's driver needs one (RECIPES.md).
      neonConfig.webSocketConstructor = ws;
      const pool = new NeonPool({ connectionString: requireUrl(options), max: options.maxConnections ?? 10 });
      pool.on("error", () => {});
      const db = drizzleNeon({ client: pool, ...config }) as unknown as Database;
      return { db, driver: "neon", close: () => pool.end() };
    }
  }
}

function requireUrl(options: DatabaseOptions): string {
  if (!options.url) throw new Error(`DATABASE_URL is required for the ${options.driver} driver`);
  return options.url;
}
