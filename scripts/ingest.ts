import { parseArgs } from "node:util";
import { adapterFor, providerAdapters } from "@/lib/providers/registry";
import { openDatabase } from "@/server/db/client";
import { applyMigrations } from "@/server/db/migrate";
import { seedBenchmarks } from "@/server/db/seed";
import { databaseDriver, EnvError, env } from "@/server/env";
import { credentialsFor } from "@/server/services/integrations";
import { fixtureCredentials, fixtureFetch } from "@/server/workers/fixture-fetch";
import { type ProviderRunResult, runIngest } from "@/server/workers/ingest";

/**
 * `npm run ingest -- [--provider X]... [--from-fixtures DIR]`: one ingestion run with a progress
 * line per provider and a summary table. With PGlite, stop `npm start` first (one owner per dir).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      provider: { type: "string", multiple: true },
      "from-fixtures": { type: "string" },
      concurrency: { type: "string", default: "4" },
    },
  });
  const e = env();
  const adapters = (values.provider ?? []).length
    ? (values.provider ?? []).map((slug) => {
        const adapter = adapterFor(slug);
        if (!adapter)
          throw new Error(
            `unknown provider '${slug}'. Known: ${providerAdapters.map((a) => a.info.slug).join(", ")}`,
          );
        return adapter;
      })
    : providerAdapters;
  const fixtures = values["from-fixtures"];
  const handle = await openDatabase({
    driver: databaseDriver(e),
    url: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
  });
  try {
    await applyMigrations(handle);
    await seedBenchmarks(handle.db);
    const started = performance.now();
    let done = 0;
    const results = await runIngest({
      db: handle.db,
      adapters,
      concurrency: Number(values.concurrency),
      // Fixture bodies stand in for every provider, credentials or not.
      credentials: fixtures ? fixtureCredentials : (slug) => credentialsFor(handle.db, slug),
      fetch: {
        timeoutMs: e.INGEST_TIMEOUT_MS,
        ...(fixtures ? { fetch: fixtureFetch(fixtures) } : {}),
      },
      onProgress: (event) => {
        if (event.kind !== "done") return;
        done++;
        const width = 24;
        const filled = Math.round((done / event.total) * width);
        const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
        process.stdout.write(`[${bar}] ${done}/${event.total} ${line(event.result)}\n`);
      },
    });
    printSummary(results, performance.now() - started);
    if (results.every((r) => r.status === "error")) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

function line(r: ProviderRunResult): string {
  const head = `${r.provider.padEnd(13)} ${r.status.padEnd(7)}`;
  return r.status === "ok"
    ? `${head} ${r.offers} offers (${r.new} new, ${r.changed} changed, ${r.stale} stale) ${r.ms} ms`
    : `${head} ${r.message ?? ""} ${r.ms} ms`;
}

function printSummary(results: ProviderRunResult[], ms: number) {
  const cols = ["provider", "status", "offers", "new", "changed", "stale", "unknown_gpu", "ms", "message"];
  console.warn(`\n${cols.join("\t")}`);
  for (const r of results) {
    console.warn(
      [r.provider, r.status, r.offers, r.new, r.changed, r.stale, r.unknownGpus, r.ms, r.message ?? ""].join(
        "\t",
      ),
    );
  }
  const ok = results.filter((r) => r.status === "ok");
  const offers = ok.reduce((n, r) => n + r.offers, 0);
  console.warn(
    `\n${ok.length}/${results.length} providers ok, ${offers} offers, ${results.filter((r) => r.status === "error").length} errors, ${Math.round(ms)} ms`,
  );
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
