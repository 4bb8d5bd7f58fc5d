import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpuOffers } from "@/drizzle/schema";
import { createCatalogTestDatabase } from "@/server/testing/catalog";
import type { TestDatabase } from "@/server/testing/db";
import { getPresets, PRESET_MAX_AGE_MS, presetNames, resetPresets } from "./presets";

let t: TestDatabase;
beforeAll(async () => {
  t = await createCatalogTestDatabase();
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("presets", () => {
  it("builds the five presets with a top offer, savings, confidence and generated_at", async () => {
    resetPresets();
    const now = new Date();
    const presets = await getPresets(t.db, now);
    expect(presets.map((p) => p.name)).toEqual([...presetNames]);
    for (const p of presets) {
      expect(p.top_offer, p.name).not.toBeNull();
      expect(p.generated_at).toBe(now.toISOString());
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
    const budget = presets.find((p) => p.name === "budget_friendly");
    expect(budget?.offers.every((o) => ["available", "unknown"].includes(o.availability_status))).toBe(true);
    const enterprise = presets.find((p) => p.name === "enterprise_grade");
    expect(enterprise?.offers.every((o) => o.form_factor === "SXM")).toBe(true);
    const highest = presets.find((p) => p.name === "highest_performance");
    expect(highest?.top_offer?.gpu_count).toBeGreaterThanOrEqual(8);
  });

  it("regenerates when a shown offer's price moves more than 10%", async () => {
    resetPresets();
    const t0 = new Date();
    const first = await getPresets(t.db, t0);
    const top = first[0]?.top_offer;
    if (!top) throw new Error("no top offer");
    const same = await getPresets(t.db, new Date(t0.getTime() + 60_000));
    expect(same[0]?.generated_at).toBe(t0.toISOString());
    await t.db
      .update(gpuOffers)
      .set({ pricePerGpuHour: (top.price_per_gpu_hour * 1.5).toFixed(4) })
      .where(eq(gpuOffers.id, top.id));
    const later = new Date(t0.getTime() + 120_000);
    const shifted = await getPresets(t.db, later);
    expect(shifted[0]?.generated_at).toBe(later.toISOString());
  });

  it("Property 23: displayed presets are never older than one hour", async () => {
    resetPresets();
    let clock = Date.now();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 * 3600 * 1000 }), { minLength: 1, maxLength: 4 }),
        async (steps) => {
          for (const step of steps) {
            clock += step;
            const now = new Date(clock);
            const presets = await getPresets(t.db, now);
            for (const p of presets) {
              const age = now.getTime() - Date.parse(p.generated_at);
              expect(age).toBeGreaterThanOrEqual(0);
              expect(age).toBeLessThan(PRESET_MAX_AGE_MS);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
