import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { listOffers } from "@/server/services/offers/list";
import { createCatalogTestDatabase } from "@/server/testing/catalog";
import type { TestDatabase } from "@/server/testing/db";
import { planFromText } from "./planner";

let t: TestDatabase;
beforeAll(async () => {
  t = await createCatalogTestDatabase();
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("built-in planner", () => {
  it("answers the design's example with three priced, ranked options", async () => {
    const plan = await planFromText(t.db, "I need to process 10 AI images for 1 hour");
    expect(plan.parsed.workloadType).toBe("image_generation");
    expect(plan.options).toHaveLength(3);
    for (const o of plan.options) {
      expect(o.duration_hours).toBe(1);
      expect(o.total_cost_usd).toBeCloseTo(
        o.offer.price_per_hour * Math.ceil(o.gpu_count_needed / o.offer.gpu_count),
        4,
      );
      expect(o.explanation).toContain("× 1 h");
    }
    expect(plan.options.map((o) => o.rank)).toEqual([1, 2, 3]);
    expect(plan.options[0]?.match_pct).toBe(100);
    expect(plan.answer).toMatch(/^Based on your request \(10 images.*\), I recommend/);
    expect(plan.answer).toContain(`$${plan.options[0]?.total_cost_usd.toFixed(2)} total`);
  });

  it("puts a 70B model only on instances with enough GPUs in one box", async () => {
    const plan = await planFromText(t.db, "serve llama-3-70b in fp16 for 3 hours");
    expect(plan.options.length).toBeGreaterThan(0);
    for (const o of plan.options) {
      expect(o.offer.gpu_count).toBeGreaterThanOrEqual(o.gpu_count_needed);
      expect((o.offer.vram_per_gpu_gb ?? 0) * o.offer.gpu_count).toBeGreaterThanOrEqual(140);
    }
  });

  it("respects a GPU preference and a budget", async () => {
    const plan = await planFromText(t.db, "generate 500 sdxl images on an rtx 4090 for 2 hours under $2/hr");
    expect(plan.options.length).toBeGreaterThan(0);
    for (const o of plan.options) {
      expect(o.offer.gpu_model).toBe("RTX 4090");
      expect(o.offer.price_per_hour).toBeLessThanOrEqual(2);
    }
  });

  it("asks instead of guessing for off-topic text", async () => {
    const plan = await planFromText(t.db, "what's the weather like today?");
    expect(plan.options).toEqual([]);
    expect(plan.clarifying_question).not.toBeNull();
    expect(plan.confidence).toBeLessThan(0.3);
  });

  it("ranks exactly the offers on screen when asked about the current search", async () => {
    const visible = await listOffers(t.db, listOffersQuerySchema.parse({ gpu_type: "H100", per_page: 10 }));
    const ids = visible.items.map((i) => i.id);
    const plan = await planFromText(t.db, "find the best option for my current search", {
      visibleOfferIds: ids,
    });
    expect(plan.options.length).toBe(3);
    for (const o of plan.options) expect(ids).toContain(o.offer.id);
  });
});
