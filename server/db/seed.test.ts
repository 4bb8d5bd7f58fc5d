import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpuBenchmarks } from "@/drizzle/schema";
import { countBenchmarks, getBenchmark, listBenchmarks } from "@/server/services/benchmarks";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { seedBenchmarks } from "./seed";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe("benchmark seed", () => {
  it("loads the 41 cited models and is idempotent", async () => {
    expect(await seedBenchmarks(t.db)).toBe(41);
    expect(await seedBenchmarks(t.db)).toBe(41);
    expect(await countBenchmarks(t.db)).toBe(41);
  });

  it("keeps measured values exact and empty cells null", async () => {
    const h100 = await getBenchmark(t.db, "H100 PCIe");
    expect(h100).toMatchObject({ vram_gb: 80, memory_bandwidth_gbps: 2000, tokens_per_second_7b: 133.77 });
    expect(h100.source).toBe("S1;S2;L1;L2;L3");
    const b200 = await getBenchmark(t.db, "B200");
    expect(b200.tokens_per_second_7b).toBeNull();
    expect(b200.vram_gb).toBe(180);
  });

  it("refreshes an edited row from the data file on re-seed", async () => {
    await t.db.update(gpuBenchmarks).set({ vramGb: 1 }).where(eq(gpuBenchmarks.gpuModel, "T4"));
    await seedBenchmarks(t.db);
    expect((await getBenchmark(t.db, "T4")).vram_gb).toBe(16);
  });

  it("Property 24: GPU benchmark data validity holds in the database", async () => {
    const rows = await listBenchmarks(t.db);
    for (const row of rows) {
      if (row.tflops_fp32 !== null) expect(row.tflops_fp32).toBeGreaterThan(0);
      if (row.tokens_per_second_7b !== null) expect(row.tokens_per_second_7b).toBeGreaterThan(0);
    }
    const measured = rows.filter((r) => r.tokens_per_second_7b !== null).map((r) => r.gpu_model);
    expect(measured).toContain("RTX 4090");
    const ordered = await t.db
      .select({ m: gpuBenchmarks.gpuModel })
      .from(gpuBenchmarks)
      .orderBy(asc(gpuBenchmarks.gpuModel));
    expect(ordered).toHaveLength(41);
  });

  it("filters by vendor and memory", async () => {
    const amd = await listBenchmarks(t.db, { vendor: "AMD", min_vram_gb: 100 });
    expect(amd.map((r) => r.gpu_model).sort()).toEqual(["MI250X", "MI300X", "MI325X"]);
  });
});
