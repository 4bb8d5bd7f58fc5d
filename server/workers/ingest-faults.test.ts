import http from "node:http";
import type { AddressInfo } from "node:net";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpuOffers, providers } from "@/drizzle/schema";
import { adapterFor } from "@/lib/providers/registry";
import type { ProviderAdapter } from "@/lib/providers/types";
import { seedBenchmarks } from "@/server/db/seed";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureCredentials, fixtureFetch } from "./fixture-fetch";
import { type IngestOptions, runIngest } from "./ingest";
import { breakerFor, resetBreakers } from "./provider-fetch";

/**
 * Fault isolation against a real HTTP server on 127.0.0.1 that misbehaves per provider: every
 * adapter's request is redirected to it (the original host picks the behaviour).
 */
type Behaviour =
  | "ok"
  | "timeout"
  | "500"
  | "429"
  | "429-long"
  | "malformed"
  | "wrong-shape"
  | "empty"
  | "huge";

const slugs = [
  "vastai",
  "lambdalabs",
  "runpod",
  "tensordock",
  "vultr",
  "digitalocean",
  "cudo",
  "fluidstack",
  "jarvislabs",
];
const behaviour = new Map<string, Behaviour>();
const hits = new Map<string, number>();
let server: http.Server;
let base = "";
let t: TestDatabase;
const fixtures = fixtureFetch(providerFixturesDir);

const adapters = slugs.map((s) => {
  const a = adapterFor(s);
  if (!a) throw new Error(s);
  return a;
}) satisfies ProviderAdapter[];

function slugOfHost(host: string): string {
  const map: Record<string, string> = {
    "console.vast.ai": "vastai",
    "cloud.lambdalabs.com": "lambdalabs",
    "api.runpod.io": "runpod",
    "dashboard.tensordock.com": "tensordock",
    "api.vultr.com": "vultr",
    "api.digitalocean.com": "digitalocean",
    "rest.compute.cudo.org": "cudo",
    "platform.fluidstack.io": "fluidstack",
    "backendn.jarvislabs.net": "jarvislabs",
  };
  return map[host] ?? host;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
  resetBreakers();
  server = http.createServer(async (req, res) => {
    const original = decodeURIComponent((req.url ?? "/").slice(1));
    const slug = slugOfHost(new URL(original).host);
    hits.set(slug, (hits.get(slug) ?? 0) + 1);
    const mode = behaviour.get(slug) ?? "ok";
    switch (mode) {
      case "timeout":
        return setTimeout(() => res.end("{}"), 2_000);
      case "500":
        res.writeHead(500).end("internal error");
        return;
      case "429":
        res.writeHead(429, { "retry-after": "0" }).end();
        behaviour.set(slug, "ok"); // the retry after Retry-After succeeds
        return;
      case "429-long":
        res.writeHead(429, { "retry-after": "3600" }).end();
        return;
      case "malformed":
        res.writeHead(200, { "content-type": "application/json" }).end('{"offers": [');
        return;
      case "wrong-shape":
        res.writeHead(200, { "content-type": "application/json" }).end('{"plans": "not a list", "meta": 1}');
        return;
      case "empty":
        res
          .writeHead(200, { "content-type": "application/json" })
          .end('{"sizes": [], "links": {}, "meta": {"total": 0}}');
        return;
      case "huge":
        res.writeHead(200, { "content-type": "application/json" });
        res.end(`{"pad": "${"x".repeat(3 * 1024 * 1024)}"}`);
        return;
      default: {
        const body = await (await fixtures(original, {})).text();
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      }
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await t.close();
});

const run = (now: Date, extra: Partial<IngestOptions> = {}) =>
  runIngest({
    db: t.db,
    adapters,
    credentials: fixtureCredentials,
    fetch: {
      fetch: (url, init) => fetch(base + encodeURIComponent(url), init),
      timeoutMs: 400,
      maxBytes: 1024 * 1024,
      retryDelayMs: 10,
    },
    breakerHalfOpenAfterMs: 2_500,
    now: () => now,
    ...extra,
  });

const storedFor = async (slug: string) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(gpuOffers)
    .innerJoin(providers, eq(providers.id, gpuOffers.providerId))
    .where(eq(providers.name, slug));
  return row?.n ?? 0;
};

describe("fault isolation", () => {
  it("a healthy first run stores every provider", async () => {
    const results = await run(new Date("2026-11-29T10:00:00Z"));
    expect(results.map((r) => [r.provider, r.status])).toEqual(slugs.map((s) => [s, "ok"]));
  });

  it("each misbehaving provider is recorded and skipped; the others ingest; nothing stored is lost", async () => {
    const before = new Map(await Promise.all(slugs.map(async (s) => [s, await storedFor(s)] as const)));
    behaviour.set("lambdalabs", "timeout");
    behaviour.set("vastai", "500");
    behaviour.set("runpod", "429");
    behaviour.set("tensordock", "malformed");
    behaviour.set("vultr", "wrong-shape");
    behaviour.set("digitalocean", "empty");
    behaviour.set("cudo", "huge");
    behaviour.set("jarvislabs", "429-long");
    const results = new Map((await run(new Date("2026-11-29T10:05:00Z"))).map((r) => [r.provider, r]));

    expect(results.get("fluidstack")?.status).toBe("ok");
    expect(results.get("runpod")?.status).toBe("ok"); // Retry-After honoured, then success
    const expectations: [string, RegExp][] = [
      ["lambdalabs", /timed out after 400 ms/],
      ["vastai", /HTTP 500/],
      ["tensordock", /malformed JSON/],
      ["vultr", /vultr: unexpected .*payload/],
      ["digitalocean", /empty offer list/],
      ["cudo", /response too large/],
      ["jarvislabs", /rate limited \(429\), retry after 3600 s/],
    ];
    for (const [slug, pattern] of expectations) {
      expect(results.get(slug)?.status, slug).toBe("error");
      expect(results.get(slug)?.message, slug).toMatch(pattern);
      expect(await storedFor(slug), slug).toBe(before.get(slug));
    }
    // a 500 is retried once (two attempts) before the fetch gives up
    expect(hits.get("vastai")).toBeGreaterThanOrEqual(3);
    const [vast] = await t.db
      .select({ errorCount: providers.errorCount, status: providers.status, lastError: providers.lastError })
      .from(providers)
      .where(eq(providers.name, "vastai"));
    expect(vast).toMatchObject({ errorCount: 1, status: "degraded", lastError: "HTTP 500" });
  });

  it("Property 15: the breaker opens after 3 failures, half-opens after its timeout and closes on success", async () => {
    await run(new Date("2026-11-29T10:10:00Z"));
    await run(new Date("2026-11-29T10:15:00Z")); // third consecutive vastai failure → open
    const breaker = breakerFor("vastai");
    expect(String(breaker.state)).toBe("1"); // CircuitState.Open
    const hitsBefore = hits.get("vastai") ?? 0;
    const skipped = (await run(new Date("2026-11-29T10:20:00Z"))).find((r) => r.provider === "vastai");
    expect(skipped?.message).toMatch(/circuit open/);
    expect(hits.get("vastai")).toBe(hitsBefore); // no request while open
    const [row] = await t.db
      .select({ status: providers.status })
      .from(providers)
      .where(eq(providers.name, "vastai"));
    expect(row?.status).toBe("down");

    behaviour.set("vastai", "ok");
    await new Promise((r) => setTimeout(r, 2_600)); // past halfOpenAfter → the next run is the probe
    const probe = (await run(new Date("2026-11-29T10:25:00Z"))).find((r) => r.provider === "vastai");
    expect(probe?.status).toBe("ok");
    expect(String(breaker.state)).toBe("0"); // CircuitState.Closed
    const [healed] = await t.db
      .select({ status: providers.status, errorCount: providers.errorCount })
      .from(providers)
      .where(eq(providers.name, "vastai"));
    expect(healed).toEqual({ status: "active", errorCount: 0 });
  });
});
