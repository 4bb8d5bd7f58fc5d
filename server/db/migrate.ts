import path from "node:path";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "drizzle", "migrations");

/** Applies the committed, named migrations (drizzle/migrations) that are not applied yet. */
export async function applyMigrations(handle: DatabaseHandle, folder = migrationsFolder): Promise<void> {
  const config = { migrationsFolder: folder };
  // Each migrator wants its own driver's database type; the handle's driver tag guarantees it.
  switch (handle.driver) {
    case "pglite":
      return migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], config);
    case "pg":
      return migratePg(handle.db as unknown as Parameters<typeof migratePg>[0], config);
    case "neon":
      return migrateNeon(handle.db as unknown as Parameters<typeof migrateNeon>[0], config);
  }
}
