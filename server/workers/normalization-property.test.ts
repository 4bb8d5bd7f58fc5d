import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer, normalizeOffers } from "@/lib/providers/normalize";
import { providerAdapters } from "@/lib/providers/registry";
import {
  availabilityStatuses,
  currencies,
  markets,
  normalizedOfferSchema,
  type RawOffer,
} from "@/lib/providers/types";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureResponses } from "./fixture-fetch";

/**
 * Design property 2 (normalization consistency) across the whole catalog: every adapter's real
 * payload, and arbitrary raw offers, normalize to offers with every required field valid.
 */
describe("Property 2: provider offer normalization consistency", () => {
  it("every adapter's recorded payload normalizes to complete, valid offers", async () => {
    for (const adapter of providerAdapters) {
      const { offers } = normalizeOffers(
        adapter.parse(await fixtureResponses(adapter, providerFixturesDir)).offers,
      );
      expect(offers.length, adapter.info.slug).toBeGreaterThan(0);
      for (const o of offers) {
        expect(normalizedOfferSchema.safeParse(o).success, `${adapter.info.slug} ${o.externalId}`).toBe(true);
        expect(o.provider).toBe(adapter.info.slug);
        expect(o.region.length).toBeGreaterThan(0);
        expect(o.instanceType.length).toBeGreaterThan(0);
        expect(Number.isFinite(o.pricePerHourUsd)).toBe(true);
        // both figures are rounded to the micro-dollar on conversion
        expect(o.pricePerGpuHourUsd * o.gpuCount).toBeCloseTo(o.pricePerHourUsd, 4);
      }
    }
  });

  it("arbitrary raw offers normalize to valid offers (fast-check)", () => {
    const gpuNames = [
      "NVIDIA H100 80GB HBM3",
      "A100-SXM4-40GB",
      "RTX 4090",
      "H100",
      "Mystery X9",
      "__proto__",
      "L40S",
      "",
    ];
    const raw = fc.record({
      provider: fc.constantFrom(...providerAdapters.map((a) => a.info.slug)),
      externalId: fc.string({ minLength: 1, maxLength: 40 }),
      instanceType: fc.string({ minLength: 1, maxLength: 40 }),
      gpuName: fc.constantFrom(...gpuNames.filter(Boolean)),
      gpuCount: fc.constantFrom(0.25, 0.5, 1, 2, 4, 8),
      vramPerGpuGb: fc.option(fc.double({ min: 1, max: 300, noNaN: true }), { nil: null }),
      cpuCores: fc.option(fc.integer({ min: 0, max: 256 }), { nil: null }),
      ramGb: fc.option(fc.double({ min: 0, max: 4096, noNaN: true }), { nil: null }),
      storageGb: fc.constant(null),
      pricePerHour: fc.double({ min: 0, max: 500, noNaN: true }),
      spotPricePerHour: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }),
      currency: fc.constantFrom(...currencies),
      region: fc.constantFrom("us-east-1", "europe-west4", "Texas, US", "fr-par-2", "global", "constructor"),
      country: fc.constant(null),
      market: fc.constantFrom(...markets),
      availability: fc.constantFrom(...availabilityStatuses),
      availableCount: fc.constant(null),
      interconnect: fc.constant(null),
      complianceTags: fc.constant<string[]>([]),
      reliability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      storagePriceGbMonth: fc.constant(null),
      egressPriceGb: fc.constant(null),
      bootTimeS: fc.constant(null),
      source: fc.constantFrom("api", "catalog", "snapshot"),
    });
    fc.assert(
      fc.property(raw, (r) => {
        const o = normalizeOffer(r satisfies RawOffer);
        expect(normalizedOfferSchema.safeParse(o).success).toBe(true);
        expect(o.gpuModel === null).toBe(o.gpuIdentity !== "known");
        expect(o.pricePerHourUsd).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
