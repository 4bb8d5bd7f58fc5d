import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import pg from "pg";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { groupByProvider } from "@/lib/providers/group-by-provider";
import { providerAdapters } from "@/lib/providers/registry";
import type { Database } from "@/server/db";
import { storeProviderOffers } from "@/server/services/ingest-store";
import { ensureProviders } from "@/server/services/providers-registry";
import { createBenchDatabase } from "./support/database";
import { fixtureRawOffers, normalizeAll, scaleOffers } from "./support/scaled-offers";

/**
 * GET /api/v1/providers with three filters at page 50, 64 connections, against `next start` on
 * a 50,000-offer PostgreSQL database — next to the same SQL run directly through `pg` at the
 * same concurrency. Targets: ≥ 50% of raw-SQL throughput, p95 ≤ 50 ms. Needs `next build` first
 * (`npm start` once, or `npx next build`).
 */
const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const QUERY = "gpu_type=H100,A100%2080GB,RTX%204090&max_price=40&region=us,eu&page=50&per_page=20";

async function main() {
  const db = await createBenchDatabase();
  const server = { kill: () => {} } as { kill: () => void };
  try {
    const ids = await ensureProviders(
      db.db,
      providerAdapters.map((a) => a.info),
    );
    for (const [slug, group] of groupByProvider(
      normalizeAll(scaleOffers(await fixtureRawOffers(), 50_000)),
    )) {
      const id = ids.get(slug);
      if (id) await storeProviderOffers(db.db, id, group, new Date());
    }
    await db.db.execute(sql`analyze`);

    const port = await freePort();
    const child = spawn(
      process.execPath,
      [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
      {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          NODE_ENV: "production",
          GPUBROKER_ALLOW_EMBEDDED: "1",
          INGEST_ENABLED: "0",
          LOG_LEVEL: "warn",
        },
        stdio: "ignore",
      },
    );
    server.kill = () => child.kill("SIGTERM");
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`);
    const probe = (await (await fetch(`${base}/api/v1/providers?${QUERY}`)).json()) as {
      total: number;
      items: unknown[];
    };
    console.log(`query: ${QUERY} → total ${probe.total}, page items ${probe.items.length}`);

    const api = await autocannon({
      url: `${base}/api/v1/providers?${QUERY}`,
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    // the same query with a different max_price each request: every request misses the cache
    let n = 0;
    const miss = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: `/api/v1/providers?${QUERY.replace("max_price=40", `max_price=${(40 + (n++ % 100_000) / 10_000).toFixed(4)}`)}`,
          }),
        },
      ],
    });
    server.kill();
    const raw = await rawSqlLoad(db.url);

    const line = (name: string, r: autocannon.Result) =>
      `${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p95≈${percentileFromHistogram(r)} ms, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`;
    console.log(line("API, cached (design TTL 60 s)", api));
    console.log(line("API, cache miss every request", miss));
    console.log(
      `raw pg: ${raw.rps.toFixed(0)} req/s, p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms (the same count + page SQL, ${CONNECTIONS} concurrent)`,
    );
    console.log(
      `API / raw SQL throughput: cached ${((api.requests.average / raw.rps) * 100).toFixed(0)}%, uncached ${((miss.requests.average / raw.rps) * 100).toFixed(0)}% (target ≥ 50%); p95 target ≤ 50 ms`,
    );
  } finally {
    server.kill();
    await db.close();
  }
}

/** autocannon reports p90 and p97.5; the p95 is interpolated between them. */
function percentileFromHistogram(r: autocannon.Result): number {
  return Math.round((r.latency.p90 + r.latency.p97_5) / 2);
}

/** The list query (count + page) the service runs, executed directly, same concurrency and duration. */
async function rawSqlLoad(url: string) {
  const { listOffers } = await import("@/server/services/offers/list");
  const { openDatabase } = await import("@/server/db/client");
  const handle = await openDatabase({ driver: "pg", url, maxConnections: 1 });
  // capture the exact SQL drizzle sends for this query, then replay it through plain pg
  const captured: { text: string; values: unknown[] }[] = [];
  const capturePool = new pg.Pool({ connectionString: url, max: 1 });
  capturePool.on("error", () => {});
  const original = capturePool.query.bind(capturePool);
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const schema = await import("@/drizzle/schema");
  const spyDb = drizzle({
    client: Object.assign(capturePool, {
      query: (config: { text: string; values?: unknown[] } | string, values?: unknown[]) => {
        if (typeof config === "object")
          captured.push({ text: config.text, values: config.values ?? values ?? [] });
        else captured.push({ text: config, values: values ?? [] });
        return original(config as string, values);
      },
    }),
    schema,
    casing: "snake_case",
  });
  const query = listOffersQuerySchema.parse(
    Object.fromEntries(new URLSearchParams(QUERY.replace(/%20/g, " "))),
  );
  await listOffers(spyDb as unknown as Database, query);
  await handle.close();
  await capturePool.end();

  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  pool.on("error", () => {});
  const latencies: number[] = [];
  const end = Date.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        for (const q of captured) await pool.query(q.text, q.values);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { rps: latencies.length / DURATION_S, p50: at(0.5), p95: at(0.95) };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not healthy`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
