/**
 * Throughput of offer normalization (target ≥ 100,000 offers/s, ingestion hot path).
 * Builds 200,000 RawOffers from realistic provider strings (names, memory, instance types and
 * regions as the adapters emit them, reference/providers.md), normalizes them once to warm up, then
 * times a second full pass. Deterministic: a seeded LCG picks the combinations.
 *
 * Run: npx tsx bench/normalize.ts
 */
import { performance } from "node:perf_hooks";
import { normalizeOffers } from "../lib/providers/normalize";
import type { Currency, RawOffer } from "../lib/providers/types";

const OFFER_COUNT = 200_000;

const gpus: readonly (readonly [name: string, vramGb: number | null, instanceType: string])[] = [
  ["NVIDIA H100 80GB HBM3", 80, "NVIDIA H100 80GB HBM3"],
  ["H100 SXM", 79.6, "vast-h100"],
  ["H100 PCIE", 79.6, "vast-h100-pcie"],
  ["H100 NVL", 93.6, "vast-h100-nvl"],
  ["H100", 80, "p5.48xlarge"],
  ["H100 80GB", null, "dc-h100"],
  ["A100 SXM4", 79.6, "vast-a100"],
  ["A100 PCIE", 39.4, "vast-a100-pcie"],
  ["NVIDIA A100-SXM4-80GB", 80, "runpod-a100"],
  ["gpu_1x_a100_sxm4", 40, "gpu_1x_a100_sxm4"],
  ["H100-80G-SXM5", null, "n3-H100-SXM5x8"],
  ["A100-80G-PCIe", null, "n3-A100x1"],
  ["RTX 4090", 24, "vast-4090"],
  ["NVIDIA GeForce RTX 4090", 24, "runpod-4090"],
  ["RTX 3090", 24, "vast-3090"],
  ["RTX 5090", 31.8, "vast-5090"],
  ["RTX_A6000_48GB", null, "fs-a6000"],
  ["L40S", 45, "g6e.xlarge"],
  ["NVIDIA L4", 22.35, "g6.xlarge"],
  ["A10G", 22.49, "g5.xlarge"],
  ["Tesla T4", 15, "g4dn.xlarge"],
  ["Tesla V100-SXM2-16GB", 16, "p3.2xlarge"],
  ["B200 SXM6 180GB", null, "1B200.30V"],
  ["AMD_MI300X", 192, "vbm-mi300x"],
  ["RTX PRO 6000 96GB", null, "verda-rtxpro"],
  ["RTX 4090 D", 24, "vast-4090d"],
  ["H800", 80, "vast-h800"],
];
const regions: readonly string[] = [
  "us-east-1",
  "Texas, US",
  "EU-SE-1",
  "fr-par-2",
  "GRA11",
  "CANADA-1",
  "eastus",
];
const currencies: readonly Currency[] = ["USD", "USD", "USD", "EUR", "GBP"];

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("empty pick list");
  return item;
}

function buildOffers(count: number): RawOffer[] {
  const random = lcg(42);
  return Array.from({ length: count }, (_, i) => {
    const [gpuName, vramPerGpuGb, instanceType] = pick(gpus, random);
    const gpuCount = pick([0.5, 1, 2, 4, 8], random);
    const pricePerHour = Math.round(random() * 4000) / 100;
    return {
      provider: "bench",
      externalId: `offer-${i}`,
      instanceType,
      gpuName,
      gpuCount,
      vramPerGpuGb,
      cpuCores: 8 * Math.max(1, gpuCount),
      ramGb: 64,
      storageGb: 200,
      pricePerHour,
      spotPricePerHour: random() < 0.3 ? pricePerHour / 2 : null,
      currency: pick(currencies, random),
      region: pick(regions, random),
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
    };
  });
}

const raws = buildOffers(OFFER_COUNT);
normalizeOffers(raws);
const started = performance.now();
const report = normalizeOffers(raws);
const elapsedS = (performance.now() - started) / 1000;
const offersPerSecond = Math.round(OFFER_COUNT / elapsedS);
process.stdout.write(
  `normalizeOffers: ${OFFER_COUNT} offers in ${elapsedS.toFixed(3)} s = ${offersPerSecond} offers/s ` +
    `(${report.unknownGpus.length} unknown and ${report.ambiguousGpus.length} ambiguous GPU names)\n`,
);
