import { providerAdapters } from "@/lib/providers/registry";
import { appCache } from "@/server/cache/instance";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { credentialsFor } from "@/server/services/integrations";
import { runIngest } from "./ingest";

/**
 * In-process schedule for the embedded mode: with PGlite only the server process may own the
 * database, so ingestion runs inside it (started from instrumentation.ts). Runs never overlap;
 * the first waits a few seconds so start-up stays fast; failures are logged, never thrown.
 */
const globalKey = Symbol.for("gpubroker.scheduler");
type GlobalWithScheduler = typeof globalThis & { [globalKey]?: NodeJS.Timeout };

export function startScheduler(): void {
  const e = env();
  const g = globalThis as GlobalWithScheduler;
  if (!e.INGEST_ENABLED || g[globalKey]) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const started = performance.now();
    try {
      const db = await getDb();
      const results = await runIngest({
        db,
        adapters: providerAdapters,
        credentials: (slug) => credentialsFor(db, slug),
        cache: appCache(),
        fetch: { timeoutMs: e.INGEST_TIMEOUT_MS },
      });
      const summary = Object.fromEntries(
        ["ok", "error", "skipped"].map((s) => [s, results.filter((r) => r.status === s).length]),
      );
      logger().info({ ...summary, ms: Math.round(performance.now() - started) }, "ingest run finished");
    } catch (error) {
      logger().error({ err: error }, "ingest run failed");
    } finally {
      running = false;
    }
  };
  setTimeout(tick, 5_000).unref();
  g[globalKey] = setInterval(tick, e.INGEST_INTERVAL_S * 1000);
  g[globalKey].unref();
}
