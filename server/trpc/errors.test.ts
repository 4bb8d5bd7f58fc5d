import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { seedBenchmarks } from "@/server/db/seed";
import { AppError } from "@/server/errors";
import { requestLogger } from "@/server/logger";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { publicProcedure, router, type TrpcContext } from "./init";
import { appRouter } from "./root";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
});
afterAll(async () => {
  await t.close();
});

/** Exercises the real HTTP adapter, so the error formatter and middleware both run. */
async function call(r: typeof appRouter | ReturnType<typeof makeRouter>, path: string, input?: unknown) {
  const url = new URL(`http://local/api/trpc/${path}`);
  if (input !== undefined) url.searchParams.set("input", JSON.stringify({ json: input }));
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url),
    router: r,
    createContext: (): TrpcContext => ({
      db: t.db,
      traceId: "trace-123",
      log: requestLogger("trace-123"),
      session: null,
    }),
  });
  // superjson wraps the error shape in { json: ... }
  const raw = (await res.json()) as { error: { json: { message: string; data: Record<string, unknown> } } };
  return { status: res.status, body: { error: raw.error.json } };
}

function makeRouter() {
  return router({
    leaky: publicProcedure.query(() => {
      throw new Error('Failed query: select password_hash from "users" where id = $1');
    }),
    typed: publicProcedure.input(z.object({ n: z.number().max(3) })).query(({ input }) => input.n),
    limited: publicProcedure.query(() => {
      throw new AppError("RATE_LIMITED", "Slow down", { retry_after_s: 5 });
    }),
  });
}

describe("tRPC error mapping", () => {
  it("maps AppError codes to tRPC codes and HTTP statuses, with details and the trace id", async () => {
    const notFound = await call(appRouter, "benchmarks.byModel", { gpu_type: "Voodoo 2" });
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.data).toMatchObject({
      code: "NOT_FOUND",
      appCode: "NOT_FOUND",
      details: { gpu_type: "Voodoo 2" },
      traceId: "trace-123",
    });
    const limited = await call(makeRouter(), "limited");
    expect(limited.status).toBe(429);
    expect(limited.body.error.data.appCode).toBe("RATE_LIMITED");
  });

  it("reports zod input errors as VALIDATION_ERROR naming the field", async () => {
    const r = await call(makeRouter(), "typed", { n: 9 });
    expect(r.status).toBe(400);
    expect(r.body.error.data.appCode).toBe("VALIDATION_ERROR");
    expect(JSON.stringify(r.body.error.data.details)).toContain('"field":"n"');
  });

  it("never leaks the text of unexpected errors", async () => {
    const r = await call(makeRouter(), "leaky");
    expect(r.status).toBe(500);
    const text = JSON.stringify(r.body);
    expect(text).not.toContain("password_hash");
    expect(text).not.toContain("select");
    expect(r.body.error.message).toMatch(/unexpected error/);
    expect(r.body.error.data.appCode).toBe("INTERNAL_ERROR");
  });
});
