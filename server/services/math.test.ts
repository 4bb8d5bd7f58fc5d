import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBenchmarks } from "@/server/db/seed";
import { resetEnvCache } from "@/server/env";
import { AppError, toAppError } from "@/server/errors";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { requireAdmin, updateBenchmark } from "./benchmark-update";
import { mathOperations } from "./math-operations";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
});
afterAll(async () => {
  await t.close();
});

const run = <K extends keyof typeof mathOperations>(name: K, body: unknown) => {
  const op = mathOperations[name];
  return (op.run as (db: typeof t.db, input: unknown) => unknown)(t.db, op.schema.parse(body));
};

describe("math operations over HTTP shapes", () => {
  it("cost-per-token from a GPU's measured benchmark", async () => {
    const r = (await run("cost-per-token", { price_per_hour: 1.99, gpu_type: "RTX 4090" })) as Record<
      string,
      number
    >;
    expect(r.tokens_per_second).toBe(149.37);
    expect(r.cost_per_token).toBe(1.99 / (149.37 * 3600));
    expect(r.cost_per_1m_tokens).toBeCloseTo((1.99 / (149.37 * 3600)) * 1e6, 12);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it("refuses an ambiguous or unmeasured GPU with a VALIDATION_ERROR naming the field", async () => {
    await expect(run("cost-per-token", { price_per_hour: 2, gpu_type: "H100" })).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      details: { field: "gpu_type" },
    });
    await expect(run("cost-per-token", { price_per_hour: 2, gpu_type: "B200" })).rejects.toMatchObject({
      details: { field: "tokens_per_second" },
    });
  });

  it("topsis returns the design's fields plus contributions", async () => {
    const r = (await run("topsis", {
      decision_matrix: [
        [2.5, 989, 1],
        [1.2, 165, 1],
        [0.4, 71, 0.6],
      ],
      weights: [0.5, 0.3, 0.2],
      criteria_types: ["cost", "benefit", "benefit"],
      criteria_names: ["price", "performance", "availability"],
    })) as {
      rankings: number[];
      scores: number[];
      ideal: number[];
      anti_ideal: number[];
      why_first: { criterion: string }[];
    };
    expect(r.rankings).toHaveLength(3);
    expect(r.scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(r.ideal).toHaveLength(3);
    expect(r.anti_ideal).toHaveLength(3);
    expect(r.why_first.map((f) => f.criterion).sort()).toEqual(["availability", "performance", "price"]);
  });

  it("maps math-core input errors to VALIDATION_ERROR", async () => {
    const error = await Promise.resolve()
      .then(() => run("detect-anomaly", { history: [1, 2, Number.NaN], value: 3 }))
      .catch((e: unknown) => toAppError(e));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_ERROR");
  });

  it("estimates a workload and names GPU tiers that fit", async () => {
    const r = (await run("estimate-workload", {
      workload_type: "llm_inference",
      model: "llama-3-70b",
      precision: "fp16",
      duration_hours: 2,
    })) as {
      gpu_requirements: { vram_gb: number; gpu_count: number };
      recommended_gpus: { gpu_model: string }[];
    };
    expect(r.gpu_requirements.vram_gb).toBeGreaterThan(140);
    expect(r.recommended_gpus.length).toBeGreaterThan(0);
  });

  it("collaborative filter falls back to popularity for an unknown user", async () => {
    const r = (await run("collaborative-filter", {
      interactions: [
        { user: "a", item: "h100", value: 3 },
        { user: "b", item: "h100", value: 2 },
        { user: "b", item: "a100", value: 1 },
      ],
      user: "newcomer",
      n: 2,
      factors: 4,
    })) as { recommendations: string[]; strategy: string };
    expect(r.strategy).toBe("popularity");
    expect(r.recommendations).toEqual(["h100", "a100"]);
  });
});

describe("benchmark updates are admin-only", () => {
  it("is disabled without ADMIN_API_TOKEN and checks the bearer token when set", async () => {
    const previous = process.env.ADMIN_API_TOKEN;
    delete process.env.ADMIN_API_TOKEN;
    resetEnvCache();
    expect(() => requireAdmin(new Headers())).toThrow(/Admin API disabled/);
    process.env.ADMIN_API_TOKEN = "a-long-admin-token-123";
    resetEnvCache();
    expect(() => requireAdmin(new Headers())).toThrow(/Missing bearer token/);
    expect(() => requireAdmin(new Headers({ authorization: "Bearer wrong-token-of-some-length" }))).toThrow(
      /admin token/,
    );
    expect(() => requireAdmin(new Headers({ authorization: "Bearer a-long-admin-token-123" }))).not.toThrow();
    if (previous === undefined) delete process.env.ADMIN_API_TOKEN;
    else process.env.ADMIN_API_TOKEN = previous;
    resetEnvCache();
  });

  it("updates a row with its source and verification time", async () => {
    const r = await updateBenchmark(t.db, "L4", {
      tokens_per_second_7b: 41.5,
      source: "own llama-bench run 2026-11-29",
    });
    expect(r.benchmark.tokens_per_second_7b).toBe(41.5);
    expect(r.benchmark.source).toBe("own llama-bench run 2026-11-29");
    expect(r.benchmark.verified_at).not.toBeNull();
  });
});
