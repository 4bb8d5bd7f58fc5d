import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";
import { parseVerdaToken, verdaAdapter, verdaTokenRequest } from "./verda";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { accessToken: "verda-token", sshKeyId: "key-1" };
const requests = verdaAdapter.buildRequests(credentials);

function request(index: number): ProviderRequest {
  const found = requests[index];
  if (!found) throw new Error(`no request ${index}`);
  return found;
}

function responses(instanceTypes: unknown, withLocations = true): ProviderResponse[] {
  const all: ProviderResponse[] = [
    { request: request(0), body: instanceTypes },
    { request: request(1), body: fixture("verda.availability.json") },
    { request: request(2), body: fixture("verda.availability-spot.json") },
  ];
  if (withLocations) all.push({ request: request(3), body: fixture("verda.locations.json") });
  return all;
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("verdaAdapter requests", () => {
  it("GETs instance types, on-demand and spot availability and locations with the access token", () => {
    expect(requests.map((item) => item.url)).toEqual([
      "https://api.verda.com/v1/instance-types",
      "https://api.verda.com/v1/instance-availability?is_spot=false",
      "https://api.verda.com/v1/instance-availability?is_spot=true",
      "https://api.verda.com/v1/locations",
    ]);
    for (const item of requests) {
      expect(item.method).toBe("GET");
      expect(item.headers.Authorization).toBe("Bearer verda-token");
    }
    expect(() => verdaAdapter.buildRequests({ clientId: "a", clientSecret: "b" })).toThrow(
      /verdaTokenRequest/,
    );
  });

  it("exchanges client credentials for a token, which also validates them", () => {
    const token = verdaTokenRequest({ clientId: "id", clientSecret: "secret" });
    expect(token).toMatchObject({ method: "POST", url: "https://api.verda.com/v1/oauth2/token" });
    expect(JSON.parse(token.body ?? "")).toEqual({
      grant_type: "client_credentials",
      client_id: "id",
      client_secret: "secret",
    });
    expect(verdaAdapter.validateCredentials?.({ clientId: "id", clientSecret: "secret" })).toEqual(token);
    expect(() => verdaTokenRequest({ clientId: "id" })).toThrow(
      /verda: credentials.clientId and clientSecret/,
    );
    expect(
      parseVerdaToken({
        access_token: "t",
        refresh_token: "r",
        scope: "cloud-api-v1",
        token_type: "Bearer",
        expires_in: 3600,
      }),
    ).toEqual({ accessToken: "t", expiresInS: 3600 });
    expect(() => parseVerdaToken({ error: "invalid_client" })).toThrow(
      /verda: unexpected oauth2\/token payload/,
    );
  });

  it("deploys the offer's instance type at its location, spot when the offer is spot", () => {
    const { offers } = verdaAdapter.parse(responses(fixture("verda.json")));
    const spot = offerById(offers, "1B200.30V:FIN-03:spot");
    const book = verdaAdapter.bookInstance?.(credentials, spot, { name: "train-1" });
    expect(book).toMatchObject({ method: "POST", url: "https://api.verda.com/v1/instances" });
    expect(JSON.parse(book?.body ?? "")).toEqual({
      instance_type: "1B200.30V",
      image: "ubuntu-24.04-cuda-12.8-open-docker",
      ssh_key_ids: ["key-1"],
      hostname: "train-1",
      description: "train-1",
      location_code: "FIN-03",
      is_spot: true,
    });
    expect(() => verdaAdapter.bookInstance?.({ accessToken: "t" }, spot, { name: "x" })).toThrow(/sshKeyId/);
  });
});

describe("verdaAdapter.parse (recorded fixtures)", () => {
  const { offers, skipped } = verdaAdapter.parse(responses(fixture("verda.json")));

  it("emits every GPU type × location × market, skipping the CPU node", () => {
    // 5 GPU types × 4 locations (3 in availability + ICL-01 from /locations) × {on_demand, spot}
    expect(offers).toHaveLength(40);
    expect(skipped).toEqual([{ id: "CPU.4V.16G", reason: "no GPU in instance type" }]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("decodes string prices per instance and divides total GPU memory by the GPU count", () => {
    const h100x8 = offerById(offers, "8H100.80S.176V:FIN-03");
    expect(h100x8).toMatchObject({
      provider: "verda",
      instanceType: "8H100.80S.176V",
      gpuName: "H100 SXM5 80GB",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 176,
      ramGb: 1480,
      pricePerHour: 18.32,
      spotPricePerHour: null,
      currency: "USD",
      region: "FIN-03",
      country: "FI",
      market: "on_demand",
      availability: "available",
      interconnect: "900GB/s",
      source: "api",
    });
    expect(h100x8.pricePerHour / h100x8.gpuCount).toBeCloseTo(2.29, 10);
    expect(offerById(offers, "2RTXPRO6000.60V:FIN-03")).toMatchObject({
      gpuName: "RTX PRO 6000 96GB",
      vramPerGpuGb: 96,
      gpuCount: 2,
      pricePerHour: 3.38,
      interconnect: "PCIe",
    });
  });

  it("marks types missing from a location's availability list as sold out there", () => {
    expect(offerById(offers, "1H100.80S.32V:FIN-02").availability).toBe("available");
    expect(offerById(offers, "1H100.80S.32V:FIN-01").availability).toBe("sold_out");
    expect(offerById(offers, "1A100.22V:FIN-01")).toMatchObject({
      availability: "available",
      pricePerHour: 1.29,
    });
    expect(offerById(offers, "1B200.30V:ICL-01")).toMatchObject({ availability: "sold_out", country: "IS" });
  });

  it("emits spot prices as separate spot offers with spot availability", () => {
    expect(offerById(offers, "1H100.80S.32V:FIN-02:spot")).toMatchObject({
      market: "spot",
      pricePerHour: 0.8,
      availability: "sold_out",
    });
    expect(offerById(offers, "1A100.22V:FIN-01:spot")).toMatchObject({
      pricePerHour: 0.45,
      availability: "available",
    });
    expect(offerById(offers, "8H100.80S.176V:FIN-03:spot")).toMatchObject({
      pricePerHour: 6.41,
      availability: "available",
      vramPerGpuGb: 80,
    });
    // FIN-02 spot list is empty: everything sold out there
    expect(offerById(offers, "8H100.80S.176V:FIN-02:spot").availability).toBe("sold_out");
  });

  it("works without the locations response (country from the code) and without availability (region global)", () => {
    const noLocations = verdaAdapter.parse(responses(fixture("verda.json"), false)).offers;
    expect(noLocations).toHaveLength(30);
    expect(offerById(noLocations, "1B200.30V:FIN-03")).toMatchObject({
      country: "FI",
      availability: "available",
    });
    const typesOnly = verdaAdapter.parse([{ request: request(0), body: fixture("verda.json") }]).offers;
    expect(typesOnly).toHaveLength(10);
    expect(offerById(typesOnly, "1B200.30V:global")).toMatchObject({
      availability: "unknown",
      pricePerHour: 4.89,
    });
  });
});

describe("verdaAdapter.parse (edge cases)", () => {
  const { offers, skipped } = verdaAdapter.parse(responses(fixture("verda.edge-quirks.json")));

  it("keeps spot-only types as spot offers and skips the missing on-demand price", () => {
    expect(skipped).toContainEqual({ id: "2B300.60V:on_demand", reason: "no on_demand price" });
    const b300 = offerById(offers, "2B300.60V:FIN-03:spot");
    expect(b300).toMatchObject({
      pricePerHour: 4.893,
      gpuCount: 2,
      vramPerGpuGb: 262,
      availability: "sold_out",
    });
    expect(offers.some((offer) => offer.externalId === "2B300.60V:FIN-03")).toBe(false);
  });

  it("accepts numeric prices, an empty spot price and EUR", () => {
    const a6000 = offerById(offers, "4A6000.40V:FIN-01");
    expect(a6000).toMatchObject({
      currency: "EUR",
      pricePerHour: 3.96,
      vramPerGpuGb: 48,
      gpuName: "RTX A6000 48GB",
    });
    expect(skipped).toContainEqual({ id: "4A6000.40V:spot", reason: "no spot price" });
  });

  it("skips a currency outside the contract", () => {
    expect(skipped).toContainEqual({ id: "1V100.6V", reason: "unsupported currency chf" });
  });

  it("throws naming the provider and the path on wrong shapes", () => {
    const bad = [{ instance_type: "1A100.22V", price_per_hour: "1,29" }];
    expect(() => verdaAdapter.parse(responses(bad))).toThrow(/verda: unexpected instance-types 0 payload/);
    expect(() =>
      verdaAdapter.parse([
        { request: request(1), body: [{ location_code: "FIN-01", availabilities: "1A100.22V" }] },
      ]),
    ).toThrow(/verda: unexpected instance-availability payload: 0\.availabilities/);
    expect(() =>
      verdaAdapter.parse([{ request: { ...request(0), url: "https://api.verda.com/v1/images" }, body: [] }]),
    ).toThrow(/verda: response for an unknown endpoint/);
  });
});

describe("verdaAdapter.parse properties", () => {
  it("Property 2: per-GPU VRAM × count = the payload's total, prices decode from strings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(16, 24, 48, 80, 96, 141, 180),
        fc.integer({ min: 1, max: 100_000 }),
        (gpuCount, perGpuGb, cents) => {
          const type = {
            id: "x",
            instance_type: `${gpuCount}X.1V`,
            price_per_hour: (cents / 100).toFixed(2),
            spot_price: null,
            currency: "usd",
            cpu: { number_of_cores: 8 },
            gpu: { number_of_gpus: gpuCount, description: `${gpuCount}x X ${perGpuGb}GB` },
            gpu_memory: { size_in_gigabytes: perGpuGb * gpuCount },
            memory: { size_in_gigabytes: 64 },
          };
          const { offers } = verdaAdapter.parse(responses([type]));
          expect(offers).toHaveLength(4);
          for (const offer of offers) {
            expect(rawOfferSchema.safeParse(offer).success).toBe(true);
            expect(offer.vramPerGpuGb).toBeCloseTo(perGpuGb, 9);
            expect(offer.pricePerHour).toBeCloseTo(cents / 100, 9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("verda offers through normalizeOffer", () => {
  const { offers } = verdaAdapter.parse(responses(fixture("verda.json")));

  it.each([
    ["8H100.80S.176V:FIN-03", "H100 SXM", 2.29],
    ["1H100.80S.32V:FIN-02", "H100 SXM", 2.29],
    ["1A100.22V:FIN-01", "A100 SXM 80GB", 1.29],
    ["1B200.30V:FIN-03", "B200", 4.89],
    ["1B200.30V:FIN-03:spot", "B200", 1.71],
  ])("resolves %s to %s", (id, gpuModel, pricePerGpuHourUsd) => {
    expect(normalizeOffer(offerById(offers, id))).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      pricePerGpuHourUsd,
      continent: "europe",
    });
  });

  it("reports RTX PRO 6000 (Blackwell) as outside the ontology instead of guessing", () => {
    expect(normalizeOffer(offerById(offers, "2RTXPRO6000.60V:FIN-03"))).toMatchObject({
      gpuModel: null,
      gpuIdentity: "unknown",
    });
  });

  it("converts EUR offers to USD", () => {
    const eur = offerById(
      verdaAdapter.parse(responses(fixture("verda.edge-quirks.json"))).offers,
      "4A6000.40V:FIN-01",
    );
    const normalized = normalizeOffer(eur);
    expect(normalized.gpuModel).toBe("RTX A6000");
    expect(normalized.pricePerHourUsd).toBeGreaterThan(0);
    expect(normalized.pricePerGpuHourUsd).toBeCloseTo(normalized.pricePerHourUsd / 4, 5);
  });
});
