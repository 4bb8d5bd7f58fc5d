import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/server/db/client";
import { applyMigrations } from "@/server/db/migrate";

/**
 * Migrates ONE template per test run; each test file then clones it (server/testing/db.ts):
 * - TEST_DATABASE_URL set (CI): a template database on the real PostgreSQL, cloned with
 *   CREATE DATABASE ... TEMPLATE (about 100 ms a file);
 * - otherwise: a migrated PGlite dumped to a tarball, loaded per file (~1 s instead of ~4 s
 *   and ~750 MB for a fresh migrate, RECIPES.md).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `gpubroker_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const handle = await openDatabase({ driver: "pg", url: withDatabase(url, template), maxConnections: 1 });
    await applyMigrations(handle);
    await handle.close();
    project.provide("testDatabase", { kind: "pg", url, template });
    return async () => {
      // Test files drop their own clones; drop any left by a crashed worker, then the template.
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${template}_%`],
      );
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), "gpubroker-pglite-"));
  const client = await PGlite.create();
  const handle = await openDatabase({ driver: "pglite", pglite: client });
  await applyMigrations(handle);
  const dump = await client.dumpDataDir("none");
  await client.close();
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabase", { kind: "pglite", file });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "pg"; url: string; template: string } | { kind: "pglite"; file: string };
  }
}
