import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer, normalizeOffers } from "./normalize";
import { normalizedOfferSchema, type RawOffer } from "./types";

function rawOffer(overrides: Partial<RawOffer> = {}): RawOffer {
  return {
    provider: "vastai",
    externalId: "offer-1",
    instanceType: "vast-offer",
    gpuName: "H100 SXM",
    gpuCount: 1,
    vramPerGpuGb: 79.6,
    cpuCores: 16,
    ramGb: 128,
    storageGb: 200,
    pricePerHour: 2.4,
    spotPricePerHour: null,
    currency: "USD",
    region: "Texas, US",
    country: null,
    market: "on_demand",
    availability: "available",
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: 0.99,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
    ...overrides,
  };
}

describe("normalizeOffer", () => {
  it("resolves identity, snaps memory and fills geography for a known GPU", () => {
    const offer = normalizeOffer(rawOffer({ gpuCount: 8, pricePerHour: 19.2, spotPricePerHour: 9.6 }));
    expect(offer).toMatchObject({
      gpuName: "H100 SXM",
      gpuModel: "H100 SXM",
      gpuIdentity: "known",
      gpuIdentityNote: null,
      formFactor: "SXM",
      vramPerGpuGb: 80,
      pricePerHour: 19.2,
      pricePerHourUsd: 19.2,
      pricePerGpuHourUsd: 2.4,
      spotPricePerHourUsd: 9.6,
      country: "US",
      continent: "north_america",
    });
  });

  it("converts EUR prices with the reference rate or an override", () => {
    const scaleway = rawOffer({
      provider: "scaleway",
      gpuName: "L4",
      vramPerGpuGb: 24,
      pricePerHour: 0.75,
      spotPricePerHour: 0.5,
      currency: "EUR",
      region: "fr-par-2",
    });
    expect(normalizeOffer(scaleway)).toMatchObject({
      currency: "EUR",
      pricePerHour: 0.75,
      pricePerHourUsd: 0.81,
      pricePerGpuHourUsd: 0.81,
      spotPricePerHourUsd: 0.54,
      country: "FR",
      continent: "europe",
    });
    const overridden = normalizeOffer(scaleway, { fx: { EUR: 1.2, GBP: 1.3 } });
    expect(overridden.pricePerHourUsd).toBe(0.9);
    expect(normalizeOffer(rawOffer({ currency: "GBP", pricePerHour: 10 })).pricePerHourUsd).toBe(12.7);
  });

  it("divides by a fractional GPU count (vGPU slice)", () => {
    // half an A10: 12 GB of slice memory over gpuCount 0.5 = 24 GB per (whole) GPU
    const slice = normalizeOffer(
      rawOffer({
        gpuName: "NVIDIA A10",
        instanceType: "Standard_NV18ads_A10_v5",
        gpuCount: 0.5,
        vramPerGpuGb: 12 / 0.5,
        pricePerHour: 0.9,
      }),
    );
    expect(slice).toMatchObject({
      gpuModel: "A10",
      gpuCount: 0.5,
      vramPerGpuGb: 24,
      pricePerHourUsd: 0.9,
      pricePerGpuHourUsd: 1.8,
    });
  });

  it("keeps an ambiguous H100 with gpuModel null, the candidates in the note and the raw memory", () => {
    const offer = normalizeOffer(
      rawOffer({ gpuName: "H100 80GB", vramPerGpuGb: 80, provider: "marketplace" }),
    );
    expect(offer).toMatchObject({
      gpuName: "H100 80GB",
      gpuModel: null,
      gpuIdentity: "ambiguous",
      gpuIdentityNote:
        "H100 with 80 GB and no form factor or instance family to decide: H100 SXM or H100 PCIe",
      formFactor: null,
      vramPerGpuGb: 80,
    });
  });

  it("keeps the form factor all ambiguous candidates share", () => {
    const offer = normalizeOffer(rawOffer({ gpuName: "A100 PCIE", vramPerGpuGb: null }));
    expect(offer).toMatchObject({ gpuIdentity: "ambiguous", formFactor: "PCIe", vramPerGpuGb: null });
  });

  it("decides A100 40 vs 80 GB by the reported memory", () => {
    expect(normalizeOffer(rawOffer({ gpuName: "A100 SXM4", vramPerGpuGb: 39.6 }))).toMatchObject({
      gpuModel: "A100 SXM 40GB",
      vramPerGpuGb: 40,
    });
    expect(normalizeOffer(rawOffer({ gpuName: "A100 SXM4", vramPerGpuGb: 79.6 }))).toMatchObject({
      gpuModel: "A100 SXM 80GB",
      vramPerGpuGb: 80,
    });
    expect(normalizeOffer(rawOffer({ gpuName: "A100 PCIE", vramPerGpuGb: 40960 }))).toMatchObject({
      gpuModel: "A100 PCIe 40GB",
      vramPerGpuGb: 40,
    });
  });

  it("uses the instance family and the canonical size when the payload has no memory", () => {
    const aws = rawOffer({
      provider: "aws",
      gpuName: "H100",
      instanceType: "p5.48xlarge",
      vramPerGpuGb: null,
      region: "us-east-1",
    });
    expect(normalizeOffer(aws)).toMatchObject({ gpuModel: "H100 SXM", formFactor: "SXM", vramPerGpuGb: 80 });
    const b200 = normalizeOffer(rawOffer({ gpuName: "B200", vramPerGpuGb: 192 }));
    expect(b200).toMatchObject({ gpuModel: "B200", vramPerGpuGb: 180 });
  });

  it("keeps an unknown GPU verbatim with its reason and reported memory", () => {
    const offer = normalizeOffer(rawOffer({ gpuName: "RTX PRO 6000 96GB", vramPerGpuGb: 96 }));
    expect(offer).toMatchObject({
      gpuName: "RTX PRO 6000 96GB",
      gpuModel: null,
      gpuIdentity: "unknown",
      gpuIdentityNote: "RTX PRO 6000 Blackwell (96 GB) is not RTX 6000 Ada and is not in the table",
      formFactor: null,
      vramPerGpuGb: 96,
    });
  });

  it("keeps the adapter's country and derives the continent from it", () => {
    const offer = normalizeOffer(rawOffer({ region: "dc-17", country: "NO" }));
    expect(offer).toMatchObject({ region: "dc-17", country: "NO", continent: "europe" });
    expect(normalizeOffer(rawOffer({ region: "dc-17" }))).toMatchObject({ country: null, continent: null });
  });

  it("rejects an offer that violates the normalized schema", () => {
    expect(() => normalizeOffer(rawOffer({ pricePerHour: -1 }))).toThrow();
    expect(() => normalizeOffer(rawOffer({ gpuCount: 0 }))).toThrow();
  });

  it("Property: normalized offers validate and price per GPU × count = instance price", () => {
    const names = fc.constantFrom("H100 SXM", "H100 80GB", "A100 PCIE", "RTX 4090", "Mystery X1", "L40S");
    fc.assert(
      fc.property(
        names,
        fc.constantFrom(0.5, 1, 2, 4, 8),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.constantFrom("USD" as const, "EUR" as const, "GBP" as const),
        (gpuName, gpuCount, pricePerHour, currency) => {
          const offer = normalizeOffer(
            rawOffer({ gpuName, gpuCount, pricePerHour, currency, vramPerGpuGb: null }),
          );
          expect(normalizedOfferSchema.safeParse(offer).success).toBe(true);
          expect(Math.abs(offer.pricePerGpuHourUsd * gpuCount - offer.pricePerHourUsd)).toBeLessThanOrEqual(
            1e-5,
          );
          expect(offer.gpuModel === null).toBe(offer.gpuIdentity !== "known");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("normalizeOffers", () => {
  it("normalizes a batch and reports unknown and ambiguous GPU names by frequency", () => {
    const report = normalizeOffers([
      rawOffer({ externalId: "a", gpuName: "H800" }),
      rawOffer({ externalId: "b", gpuName: "RTX 4090 D" }),
      rawOffer({ externalId: "c", gpuName: "H800" }),
      rawOffer({ externalId: "d", gpuName: "H100 80GB", vramPerGpuGb: 80 }),
      rawOffer({ externalId: "e", gpuName: "H100 SXM" }),
    ]);
    expect(report.offers.map((o) => o.gpuIdentity)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "ambiguous",
      "known",
    ]);
    expect(report.unknownGpus).toEqual([
      { raw: "H800", count: 2 },
      { raw: "RTX 4090 D", count: 1 },
    ]);
    expect(report.ambiguousGpus).toEqual([{ raw: "H100 80GB", count: 1 }]);
  });

  it("returns empty reports for an empty batch", () => {
    expect(normalizeOffers([])).toEqual({ offers: [], unknownGpus: [], ambiguousGpus: [] });
  });
});
