import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeOffer, normalizeOffers } from "../normalize";
import { type RawOffer, rawOfferSchema } from "../types";
import { SNAPSHOT_DATE, SNAPSHOT_ROWS, snapshotOffers, snapshotSlug } from "./snapshot";
import { SNAPSHOT_SOURCES } from "./snapshot-rows";

/** fixtures/gpu-prices-snapshot.csv is a verbatim copy of shared/reference/gpu-prices-snapshot.csv. */
const csvLines = readFileSync(new URL("../fixtures/gpu-prices-snapshot.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/);
const header = csvLines[0]?.split(",") ?? [];
const csvRows = csvLines.slice(1).map((line) => {
  const cells = line.split(",");
  return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""]));
});

function cellNumber(cell: string | undefined): number | null {
  return cell === undefined || cell === "" ? null : Number(cell);
}

const offers = snapshotOffers();

function offerById(id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("snapshot rows", () => {
  it("hold all 136 CSV rows, cell for cell, with the per-row source", () => {
    expect(csvRows).toHaveLength(136);
    expect(SNAPSHOT_ROWS).toHaveLength(136);
    SNAPSHOT_ROWS.forEach((row, index) => {
      const csv = csvRows[index] ?? {};
      const source = SNAPSHOT_SOURCES[row.source];
      expect({
        cloud: row.cloud,
        instance_type: row.instanceType,
        accelerator_name: row.acceleratorName,
        accelerator_count: row.acceleratorCount,
        vcpus: row.vcpus,
        memory_gib: row.memoryGib,
        price_per_hour: row.pricePerHour,
        spot_price_per_hour: row.spotPricePerHour,
        region: row.region,
        currency: row.currency,
        source_repo: source.repo,
        source_path: source.path,
        source_commit: source.commit,
        notes: row.notes,
      }).toEqual({
        ...csv,
        accelerator_count: cellNumber(csv.accelerator_count),
        vcpus: cellNumber(csv.vcpus),
        memory_gib: cellNumber(csv.memory_gib),
        price_per_hour: cellNumber(csv.price_per_hour),
        spot_price_per_hour: cellNumber(csv.spot_price_per_hour),
      });
    });
  });

  it("cite their source file and commit", () => {
    expect(SNAPSHOT_ROWS[0]?.citation).toBe(
      "skypilot-org/skypilot-catalog catalogs/v9/lambda/vms.csv@2c3d7ea7d76bf84cf80d382e946c1609571485fd",
    );
    const aws = SNAPSHOT_ROWS.find((row) => row.cloud === "aws");
    expect(aws?.citation).toBe("koen-nebius/price-monitor store/history.csv");
    expect(aws?.notes).toMatch(/^snapshot_date 2026-05-18\.\.2026-05-21/);
    expect(SNAPSHOT_DATE).toBe("2026-05-21");
  });

  it("map the CSV clouds to provider slugs", () => {
    expect(snapshotSlug("lambda")).toBe("lambdalabs");
    expect(snapshotSlug("ovhcloud")).toBe("ovh");
    expect(snapshotSlug("do")).toBe("digitalocean");
    expect(() => snapshotSlug("nowhere")).toThrow(/snapshot: no provider slug for cloud "nowhere"/);
    expect(new Set(SNAPSHOT_ROWS.map((row) => row.provider))).toEqual(
      new Set([
        "lambdalabs",
        "verda",
        "runpod",
        "hyperstack",
        "jarvislabs",
        "nebius",
        "cudo",
        "fluidstack",
        "oci",
        "paperspace",
        "scaleway",
        "ovh",
        "digitalocean",
        "aws",
        "azure",
        "gcp",
      ]),
    );
  });
});

describe("snapshotOffers", () => {
  it("returns one valid snapshot offer per row with unique, prefixed external ids", () => {
    expect(offers).toHaveLength(136);
    for (const offer of offers) {
      expect(rawOfferSchema.parse(offer)).toEqual(offer);
      expect(offer).toMatchObject({ source: "snapshot", availability: "unknown", vramPerGpuGb: null });
      expect(offer.externalId.startsWith(`snapshot:${offer.provider}:`)).toBe(true);
    }
    expect(new Set(offers.map((offer) => offer.externalId)).size).toBe(136);
  });

  it("keeps Lambda's 8× H100 SXM5 at $31.92/h ($3.99/GPU-h) on demand", () => {
    const offer = offerById("snapshot:lambdalabs:gpu_8x_h100_sxm5:us-east-1");
    expect(offer).toMatchObject({
      provider: "lambdalabs",
      instanceType: "gpu_8x_h100_sxm5",
      gpuName: "H100",
      gpuCount: 8,
      cpuCores: 208,
      ramGb: 1800,
      pricePerHour: 31.92,
      spotPricePerHour: null,
      currency: "USD",
      region: "us-east-1",
      market: "on_demand",
    });
    expect(normalizeOffer(offer)).toMatchObject({ gpuModel: "H100 SXM", pricePerGpuHourUsd: 3.99 });
  });

  it("carries spot prices alongside (Verda 1×H100 $2.29, spot $0.8015; Nebius 8×H100 $23.60, spot $10.00)", () => {
    expect(offerById("snapshot:verda:1H100.80S.32V:FIN-02")).toMatchObject({
      pricePerHour: 2.29,
      spotPricePerHour: 0.8015,
      market: "on_demand",
    });
    expect(offerById("snapshot:nebius:gpu-h100-sxm_8gpu-128vcpu-1600gb:eu-north1")).toMatchObject({
      gpuCount: 8,
      pricePerHour: 23.6,
      spotPricePerHour: 10,
    });
  });

  it("turns rows without an on-demand price into spot offers", () => {
    expect(offerById("snapshot:verda:8B200.240V:FIN-03")).toMatchObject({
      market: "spot",
      pricePerHour: 13.69,
      spotPricePerHour: null,
      gpuName: "B200",
      gpuCount: 8,
    });
    expect(offerById("snapshot:azure:Standard_ND96isr_H100_v5:westus2")).toMatchObject({
      market: "spot",
      pricePerHour: 18.1695,
    });
    expect(offerById("snapshot:azure:Standard_ND96isr_H100_v5:westus3")).toMatchObject({
      market: "on_demand",
      pricePerHour: 98.32,
    });
    expect(offers.filter((offer) => offer.market === "spot")).toHaveLength(7);
  });

  it("keeps Scaleway rows in EUR (normalization converts them)", () => {
    const scaleway = offers.filter((offer) => offer.provider === "scaleway");
    expect(scaleway).toHaveLength(4);
    expect(scaleway.every((offer) => offer.currency === "EUR")).toBe(true);
    expect(offers.filter((offer) => offer.currency === "EUR")).toEqual(scaleway);
    const h100 = offerById("snapshot:scaleway:H100-1-80G:fr-par-2");
    expect(h100).toMatchObject({ pricePerHour: 2.52, currency: "EUR", gpuName: "H100", gpuCount: 1 });
    expect(normalizeOffer(h100, { fx: { EUR: 1.1, GBP: 1.3 } }).pricePerHourUsd).toBeCloseTo(2.772, 9);
  });

  it("resolves 89 of the 136 offers to a known GPU (77 before the provider SKU rules of lib/gpu/provider-skus.ts)", () => {
    const report = normalizeOffers(offers);
    const byIdentity = { known: 0, ambiguous: 0, unknown: 0 };
    for (const offer of report.offers) byIdentity[offer.gpuIdentity] += 1;
    // before: known 77, ambiguous 39, unknown 20; the 6 OVH t2 rows moved known → unknown (V100S, not V100)
    expect(byIdentity).toEqual({ known: 89, ambiguous: 21, unknown: 26 });
    const modelOf = (id: string) => normalizeOffer(offerById(id)).gpuModel;
    expect(modelOf("snapshot:verda:1H100.80S.32V:FIN-02")).toBe("H100 SXM");
    expect(modelOf("snapshot:nebius:gpu-h100-sxm_8gpu-128vcpu-1600gb:eu-north1")).toBe("H100 SXM");
    expect(modelOf("snapshot:scaleway:H100-1-80G:fr-par-2")).toBe("H100 PCIe");
    expect(modelOf("snapshot:oci:VM.GPU3.1:eu-stockholm-1")).toBe("V100 SXM2 16GB");
    expect(modelOf("snapshot:ovh:t1-45:BHS")).toBe("V100 SXM2 16GB");
    expect(modelOf("snapshot:cudo:epyc-genoa-a100-pcie_1x2v4gb:no-kristiansand-1")).toBe("A100 PCIe 80GB");
    expect(modelOf("snapshot:lambdalabs:gpu_8x_v100_n:us-east-1")).toBe("V100 SXM2 16GB");
    expect(normalizeOffer(offerById("snapshot:ovh:t2-45:BHS"))).toMatchObject({
      gpuModel: null,
      gpuIdentity: "unknown",
    });
    // left open because the SKU does not say SXM vs PCIe (or, for V100, 16 vs 32 GB)
    expect(report.ambiguousGpus).toEqual([
      { raw: "A100-80GB", count: 9 },
      { raw: "H100", count: 9 },
      { raw: "V100", count: 2 },
      { raw: "A100", count: 1 },
    ]);
  });

  it("keeps the snapshot's AWS p5.48xlarge equal to the live price list fixture ($55.04/h)", () => {
    expect(offerById("snapshot:aws:p5.48xlarge:us-east-1")).toMatchObject({
      gpuName: "H100",
      pricePerHour: 55.04,
    });
  });
});
