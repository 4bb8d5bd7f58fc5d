import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { awsAdapter } from "./aws";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

/**
 * aws.json is the shared real-format excerpt (providers.md §15). aws.edge-filters.json is our
 * variant with the cases the price list really contains: Windows/dedicated/capacity-reservation/
 * SQL-preinstalled rows, a GPU family outside the §8 table (g4ad), a SKU with only Reserved terms,
 * a non-compute product and the same instance type listed twice. Its prices are illustrative except
 * p4d.24xlarge ($21.957642, us-east-1 on-demand as recorded by datareceipts/data-receipts
 * 109-gpu-pricing/hyperscalers.json, retrieved 2026-11-09).
 */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const request: ProviderRequest = {
  method: "GET",
  url: "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json",
  headers: { Accept: "application/json" },
};

function parse(...names: string[]) {
  return awsAdapter.parse(names.map((name) => ({ request, body: fixture(name) })));
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("awsAdapter requests", () => {
  it("GETs one public bulk price list per region, overridable by credentials.priceRegions", () => {
    const requests = awsAdapter.buildRequests({});
    expect(requests.map((r) => r.url)).toEqual([
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json",
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-west-2/index.json",
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/eu-west-1/index.json",
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/eu-central-1/index.json",
    ]);
    expect(requests.every((r) => r.method === "GET" && r.body === undefined)).toBe(true);
    expect(awsAdapter.buildRequests({ priceRegions: " ap-southeast-1 ," }).map((r) => r.url)).toEqual([
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/ap-southeast-1/index.json",
    ]);
    expect(awsAdapter.info.kind).toBe("api");
    expect(awsAdapter.info.credentialKeys).toEqual([]);
  });

  it("builds EC2 Query API RunInstances / TerminateInstances and STS GetCallerIdentity requests", () => {
    const offer = offerById(parse("aws.json").offers, "p5.48xlarge:us-east-1");
    const run = awsAdapter.bookInstance?.({}, offer, {
      name: "job-7",
      image: "ami-0123456789abcdef0",
      sshPublicKey: "ssh-ed25519 AAAAC3Nza test@host",
    });
    expect(run?.method).toBe("POST");
    expect(run?.url).toBe("https://ec2.us-east-1.amazonaws.com/");
    const params = new URLSearchParams(run?.body ?? "");
    expect(params.get("Action")).toBe("RunInstances");
    expect(params.get("Version")).toBe("2016-11-15");
    expect(params.get("InstanceType")).toBe("p5.48xlarge");
    expect(params.get("ImageId")).toBe("ami-0123456789abcdef0");
    expect(params.get("MinCount")).toBe("1");
    expect(params.get("TagSpecification.1.Tag.1.Value")).toBe("job-7");
    expect(atob(params.get("UserData") ?? "")).toContain("ssh-ed25519 AAAAC3Nza test@host");
    expect(() => awsAdapter.bookInstance?.({}, offer, { name: "x" })).toThrow(
      /aws: bookInstance needs options.image/,
    );

    const stop = awsAdapter.terminate?.({}, "eu-west-1/i-0abc");
    expect(stop?.url).toBe("https://ec2.eu-west-1.amazonaws.com/");
    expect(Object.fromEntries(new URLSearchParams(stop?.body ?? ""))).toEqual({
      Action: "TerminateInstances",
      Version: "2016-11-15",
      "InstanceId.1": "i-0abc",
    });
    expect(awsAdapter.terminate?.({ region: "us-west-2" }, "i-0def").url).toBe(
      "https://ec2.us-west-2.amazonaws.com/",
    );
    expect(() => awsAdapter.terminate?.({}, "i-0def")).toThrow(/aws: terminate needs/);

    expect(awsAdapter.validateCredentials?.({})).toEqual({
      method: "POST",
      url: "https://sts.amazonaws.com/",
      headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: "Action=GetCallerIdentity&Version=2011-06-15",
    });
  });
});

describe("awsAdapter.parse (shared fixture)", () => {
  const { offers, skipped } = parse("aws.json");

  it("keeps the Linux shared on-demand GPU instances with the string price as a number", () => {
    expect(offers.map((o) => o.externalId).sort()).toEqual([
      "g6e.xlarge:us-east-1",
      "p5.48xlarge:us-east-1",
      "p5en.48xlarge:us-east-1",
      "p6-b200.48xlarge:us-east-1",
    ]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("maps p5.48xlarge through the §8 family table: 8× H100 SXM 80 GB at $55.04/h ($6.88/GPU-h)", () => {
    const p5 = offerById(offers, "p5.48xlarge:us-east-1");
    expect(p5).toMatchObject({
      provider: "aws",
      instanceType: "p5.48xlarge",
      gpuName: "NVIDIA H100 80GB HBM3",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 192,
      ramGb: 2048,
      storageGb: 30720,
      pricePerHour: 55.04,
      spotPricePerHour: null,
      currency: "USD",
      region: "us-east-1",
      country: "US",
      market: "on_demand",
      availability: "unknown",
      source: "api",
    });
    expect(p5.pricePerHour / p5.gpuCount).toBeCloseTo(6.88, 10);
  });

  it("maps p5en to H200 (141 GB), p6-b200 to B200 (180 GB) and g6e to L40S", () => {
    expect(offerById(offers, "p5en.48xlarge:us-east-1")).toMatchObject({
      gpuName: "NVIDIA H200",
      gpuCount: 8,
      vramPerGpuGb: 141,
      pricePerHour: 63.296,
    });
    expect(offerById(offers, "p6-b200.48xlarge:us-east-1")).toMatchObject({
      gpuName: "NVIDIA B200",
      vramPerGpuGb: 180,
      pricePerHour: 113.9328,
    });
    expect(offerById(offers, "g6e.xlarge:us-east-1")).toMatchObject({
      gpuName: "NVIDIA L40S",
      gpuCount: 1,
      vramPerGpuGb: null,
      cpuCores: 4,
      ramGb: 32,
      storageGb: 250,
      pricePerHour: 1.861,
    });
  });

  it("skips the Windows twin and the non-GPU m5.large with reasons", () => {
    expect(skipped).toEqual([
      { id: "g6e.xlarge:us-east-1:HV6A3QY9RZ2K8CPB", reason: "operatingSystem Windows" },
      { id: "m5.large:us-east-1", reason: "no GPU (attributes.gpu absent or 0)" },
    ]);
  });
});

describe("awsAdapter.parse (edge variants)", () => {
  const { offers, skipped } = parse("aws.edge-filters.json");
  const reasons = Object.fromEntries(skipped.map((s) => [s.id, s.reason]));

  it("keeps p4d (A100 SXM4 40 GB) and p3.8xlarge (V100 SXM2 16 GB, EBS only)", () => {
    expect(offers.map((o) => o.externalId).sort()).toEqual([
      "p3.8xlarge:us-east-1",
      "p4d.24xlarge:us-east-1",
    ]);
    expect(offerById(offers, "p4d.24xlarge:us-east-1")).toMatchObject({
      gpuName: "NVIDIA A100-SXM4-40GB",
      gpuCount: 8,
      vramPerGpuGb: 40,
      cpuCores: 96,
      ramGb: 1152,
      storageGb: 8000,
      pricePerHour: 21.957642,
    });
    expect(offerById(offers, "p3.8xlarge:us-east-1")).toMatchObject({
      gpuName: "Tesla V100-SXM2-16GB",
      gpuCount: 4,
      vramPerGpuGb: 16,
      storageGb: null,
      pricePerHour: 12.24,
    });
  });

  it("skips dedicated, capacity-reservation, pre-installed-software, unmapped, unpriced, duplicate and non-compute rows", () => {
    expect(reasons).toEqual({
      "p4d.24xlarge:us-east-1:EDGEP4D0000000002": "duplicate instance type in region",
      "g4ad.xlarge:us-east-1": "instance family not in the GPU family table (gpu-benchmarks.md §8)",
      "p5.48xlarge:us-east-1:EDGEP5DED00000005": "tenancy Dedicated",
      "p5.48xlarge:us-east-1:EDGEP5CR000000006": "capacitystatus AllocatedCapacityReservation",
      "g6e.xlarge:us-east-1:EDGEG6ESQL0000007": "preInstalledSw SQL Web",
      "g5.xlarge:us-east-1": "no OnDemand hourly USD price",
      EDGEDTO0000000009: "not a compute instance (Data Transfer)",
    });
  });

  it("dedupes the same instance type across responses of one fetch", () => {
    const twice = parse("aws.json", "aws.json");
    expect(twice.offers).toHaveLength(4);
    expect(twice.skipped.filter((s) => s.reason === "duplicate instance type in region")).toHaveLength(4);
  });
});

describe("awsAdapter offers through normalizeOffer", () => {
  it("resolve the family-implied accelerators to canonical models with $/GPU-hour", () => {
    const offers = [...parse("aws.json").offers, ...parse("aws.edge-filters.json").offers];
    const summary = Object.fromEntries(
      offers.map((offer) => {
        const normalized = normalizeOffer(offer);
        return [
          offer.instanceType,
          [normalized.gpuModel, normalized.vramPerGpuGb, normalized.pricePerGpuHourUsd],
        ];
      }),
    );
    expect(summary).toEqual({
      "p5.48xlarge": ["H100 SXM", 80, 6.88],
      "p5en.48xlarge": ["H200 SXM", 141, 7.912],
      "p6-b200.48xlarge": ["B200", 180, 14.2416],
      "g6e.xlarge": ["L40S", 48, 1.861],
      "p4d.24xlarge": ["A100 SXM 40GB", 40, 2.744705],
      "p3.8xlarge": ["V100 SXM2 16GB", 16, 3.06],
    });
    expect(normalizeOffer(offerById(offers, "p5.48xlarge:us-east-1")).continent).toBe("north_america");
  });
});

describe("awsAdapter.parse (wrong shapes)", () => {
  it("throws naming the provider and the path when the price is not a decimal string", () => {
    const body = fixture("aws.json") as { terms: { OnDemand: Record<string, unknown> } };
    const broken = structuredClone(body);
    const term = broken.terms.OnDemand.QUMEF4UK3NPT4MN3 as Record<
      string,
      { priceDimensions: Record<string, { pricePerUnit: { USD: unknown } }> }
    >;
    const dimension =
      term["QUMEF4UK3NPT4MN3.JRTCKXETXF"]?.priceDimensions["QUMEF4UK3NPT4MN3.JRTCKXETXF.6YS6EN2CT7"];
    if (!dimension) throw new Error("fixture changed");
    dimension.pricePerUnit.USD = 55.04;
    expect(() => awsAdapter.parse([{ request, body: broken }])).toThrow(
      /aws: unexpected EC2 price list payload: terms\.OnDemand\.QUMEF4UK3NPT4MN3\..*pricePerUnit\.USD/,
    );
    expect(() => awsAdapter.parse([{ request, body: { products: [] } }])).toThrow(
      /aws: unexpected EC2 price list/,
    );
  });
});
