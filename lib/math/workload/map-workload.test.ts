import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "../errors";
import { estimateWorkload } from "./map-workload";
import { knownModels } from "./models";
import {
  fineTuneMethods,
  type GpuCapability,
  type GpuRecommendation,
  precisions,
  quantityUnits,
  type WorkloadInput,
  workloadTypes,
} from "./types";

// Real rows of reference/gpu-benchmarks.csv (tflops = dense FP16 tensor; tps = single stream).
const gpus: GpuCapability[] = [
  {
    model: "T4",
    vramGb: 16,
    memoryBandwidthGbps: 320,
    tflopsFp16: 65,
    tokensPerSecond7b: 34.9,
    tokensPerSecond70b: null,
    imageGenPerMinute: 8.6,
    imageGenBenchmark: "sd15-512-50-steps",
  },
  {
    model: "RTX 2080 Ti",
    vramGb: 11,
    memoryBandwidthGbps: 616,
    tflopsFp16: 53.8,
    tokensPerSecond7b: null,
    tokensPerSecond70b: null,
    imageGenPerMinute: null,
  },
  {
    model: "RTX 4090",
    vramGb: 24,
    memoryBandwidthGbps: 1008,
    tflopsFp16: 165.2,
    tokensPerSecond7b: 149.37,
    tokensPerSecond70b: null,
    imageGenPerMinute: 60.9,
    imageGenBenchmark: "sd15-512-50-steps",
  },
  {
    model: "L40S",
    vramGb: 48,
    memoryBandwidthGbps: 864,
    tflopsFp16: 362,
    tokensPerSecond7b: 113.6,
    tokensPerSecond70b: 15.31,
    imageGenPerMinute: 37.6,
    imageGenBenchmark: "sdxl-1024-20-steps",
  },
  {
    model: "A100 SXM 80GB",
    vramGb: 80,
    memoryBandwidthGbps: 2039,
    tflopsFp16: 312,
    tokensPerSecond7b: 133.38,
    tokensPerSecond70b: 24.33,
    imageGenPerMinute: 58.4,
    imageGenBenchmark: "sd15-512-50-steps",
  },
  {
    model: "H100 SXM",
    vramGb: 80,
    memoryBandwidthGbps: 3350,
    tflopsFp16: 989,
    tokensPerSecond7b: null,
    tokensPerSecond70b: null,
    imageGenPerMinute: 122.6,
    imageGenBenchmark: "sdxl-1024-20-steps",
  },
  {
    model: "H200 SXM",
    vramGb: 141,
    memoryBandwidthGbps: 4800,
    tflopsFp16: 989,
    tokensPerSecond7b: null,
    tokensPerSecond70b: null,
    imageGenPerMinute: 130.6,
    imageGenBenchmark: "sdxl-1024-20-steps",
  },
  {
    model: "MI300X",
    vramGb: 192,
    memoryBandwidthGbps: 5300,
    tflopsFp16: 1307.4,
    tokensPerSecond7b: null,
    tokensPerSecond70b: null,
    imageGenPerMinute: null,
  },
];
const prices: Readonly<Record<string, number>> = {
  T4: 0.35,
  "RTX 2080 Ti": 0.15,
  "RTX 4090": 0.4,
  L40S: 0.9,
  "A100 SXM 80GB": 1.5,
  "H100 SXM": 2.5,
  "H200 SXM": 3.5,
  MI300X: 2.2,
};

function entryGpu(model: string): GpuCapability {
  const found = gpus.find((g) => g.model === model);
  if (!found) throw new Error(`no GPU ${model}`);
  return found;
}

function entry(recs: readonly GpuRecommendation[], model: string): GpuRecommendation {
  const found = recs.find((r) => r.model === model);
  if (!found) throw new Error(`no recommendation for ${model}`);
  return found;
}

describe("estimateWorkload: hand-checked cases", () => {
  it("Llama-2-7B fp16 (≈16.9 GB with a 4k KV cache) fits one 24 GB RTX 4090 but not a 16 GB T4", () => {
    const result = estimateWorkload(
      { workloadType: "llm_inference", model: "Llama-2-7B", precision: "fp16" },
      gpus,
      prices,
    );
    expect(result.requiredVramGb).toBeCloseTo(16.9, 1);
    expect(entry(result.recommendedGpus, "RTX 4090")).toMatchObject({
      fits: true,
      gpuCount: 1,
      basis: "measured",
    });
    expect(entry(result.recommendedGpus, "T4").gpuCount).toBe(2);
  });

  it("Llama-3-70B fp16 (141 GB weights): 2 × H100 80 GB is not enough → 4; 2 × H200 141 GB is", () => {
    const input: WorkloadInput = {
      workloadType: "llm_inference",
      model: "meta-llama/Meta-Llama-3-70B",
      precision: "fp16",
      contextLength: 8192,
    };
    const result = estimateWorkload(input, gpus, prices);
    expect(result.requiredVramGb).toBeCloseTo(147.6, 1);
    expect(entry(result.recommendedGpus, "H100 SXM").gpuCount).toBe(4);
    expect(entry(result.recommendedGpus, "H200 SXM").gpuCount).toBe(2);
    expect(entry(result.recommendedGpus, "MI300X").gpuCount).toBe(1);
  });

  it("Llama-3-70B int4 fits one 48 GB L40S, whose measured 70B speed is used", () => {
    const input: WorkloadInput = {
      workloadType: "llm_inference",
      model: "llama-3-70b",
      precision: "int4",
      tokensToGenerate: 1_000_000,
    };
    const l40s = entry(estimateWorkload(input, gpus, prices).recommendedGpus, "L40S");
    expect(l40s).toMatchObject({ fits: true, gpuCount: 1, basis: "measured" });
    const tokensPerSecond = (15.31 * 38.9) / (70.55 * 0.5625);
    expect(l40s.estimatedHours).toBeCloseTo(1_000_000 / tokensPerSecond / 3600, 10);
    expect(l40s.estimatedCostUsd).toBeCloseTo((l40s.estimatedHours ?? 0) * 0.9, 10);
  });

  it("10 SDXL images in 1 hour: every 12 GB+ GPU fits, the 11 GB card does not, cost = 1 h × price", () => {
    const input: WorkloadInput = {
      workloadType: "image_generation",
      model: "SDXL",
      quantity: 10,
      unit: "images",
      durationHours: 1,
    };
    const result = estimateWorkload(input, gpus, prices);
    for (const rec of result.recommendedGpus) {
      const gpu = gpus.find((g) => g.model === rec.model);
      expect(rec.fits).toBe((gpu?.vramGb ?? 0) >= 12);
      if (rec.fits) expect(rec.estimatedCostUsd).toBeCloseTo(prices[rec.model] ?? Number.NaN, 12);
    }
    // Cheapest fitting GPU first; T4 (SD 1.5 measurement only) is estimated for SDXL.
    expect(result.recommendedGpus[0]).toMatchObject({
      model: "T4",
      gpuCount: 1,
      estimatedHours: 1,
      basis: "estimated",
    });
    expect(result.estimatedCostUsd).toBeCloseTo(0.35, 12);
    expect(result.recommendedGpus.at(-1)).toMatchObject({ model: "RTX 2080 Ti", fits: false, gpuCount: 0 });
    expect(result.clarificationFields).toEqual([]);
  });

  it("asks back what a vague request lacks and lowers confidence", () => {
    const vague = estimateWorkload({ workloadType: "image_generation" }, gpus, prices);
    expect(vague.clarificationFields).toEqual(["model", "quantity", "duration_hours"]);
    expect(vague.estimatedDurationHours).toBe(1);
    const precise = estimateWorkload(
      { workloadType: "image_generation", model: "sdxl", quantity: 100 },
      gpus,
      prices,
    );
    expect(precise.clarificationFields).toEqual([]);
    expect(vague.confidence).toBeLessThan(precise.confidence);
  });

  it("ranks by time when no prices are given (fastest SDXL: H200's measured 130.6 images/min)", () => {
    // MI300X left out: its TFLOPS-scaled SDXL estimate (162 images/min) would outrank any measurement.
    const nvidia = gpus.filter((g) => g.model !== "MI300X");
    const result = estimateWorkload(
      { workloadType: "image_generation", model: "sdxl", quantity: 1000 },
      nvidia,
    );
    expect(result.recommendedGpus[0]?.model).toBe("H200 SXM");
    expect(result.estimatedDurationHours).toBeCloseTo(1000 / 130.6 / 60, 10);
    expect(result.estimatedCostUsd).toBeNull();
    expect(result.confidence).toBe(0.8);
  });

  it("splits a job that overruns the deadline over data-parallel groups and rents them for the deadline", () => {
    const input: WorkloadInput = {
      workloadType: "training",
      model: "llama-2-7b",
      trainingTokens: 1e9,
      durationHours: 24,
    };
    const h100 = entry(estimateWorkload(input, gpus, prices).recommendedGpus, "H200 SXM");
    // One H200 holds full training of 7B (107.8 GB states + 1.8 GB); 6·N·D / (989 TFLOPS × 0.35) = 32.4 h > 24 → 2 GPUs.
    expect(h100.gpuCount).toBe(2);
    expect(h100.estimatedHours).toBe(24);
    expect(h100.estimatedCostUsd).toBeCloseTo(24 * 2 * 3.5, 10);
  });

  it("routes batch_inference by the model's kind and reads unknown model sizes from their names", () => {
    const batch = estimateWorkload({ workloadType: "batch_inference", model: "sdxl", quantity: 50 }, gpus);
    expect(batch.recommendedGpus[0]?.throughput?.unit).toBe("images/min");
    const qwen = estimateWorkload(
      { workloadType: "llm_inference", model: "Qwen2.5-72B-Instruct", tokensToGenerate: 1e5 },
      gpus,
    );
    expect(qwen.requiredVramGb).toBeGreaterThan(144);
    expect(qwen.clarificationFields).toEqual([]);
    expect(qwen.assumptions.some((a) => a.includes("72B"))).toBe(true);
    const wrongKind = estimateWorkload(
      { workloadType: "image_generation", model: "llama-3-8b", quantity: 5 },
      gpus,
    );
    expect(wrongKind.clarificationFields).toContain("model");
  });

  it("returns no recommendations and null totals for an empty GPU list", () => {
    const result = estimateWorkload({ workloadType: "llm_inference", model: "mistral-7b" }, [], prices);
    expect(result.recommendedGpus).toEqual([]);
    expect(result.gpuCount).toBeNull();
    expect(result.estimatedCostUsd).toBeNull();
  });

  it("rejects invalid numbers, enumerations and GPU rows with MathInputError naming the field", () => {
    const bad =
      (input: WorkloadInput, list: GpuCapability[] = gpus) =>
      () =>
        estimateWorkload(input, list);
    expect(bad({ workloadType: "llm_inference", durationHours: 0 })).toThrow(/durationHours/);
    expect(bad({ workloadType: "llm_inference", quantity: Number.NaN })).toThrow(MathInputError);
    expect(bad({ workloadType: "llm_inference", concurrency: 1.5 })).toThrow(/concurrency/);
    expect(bad({ workloadType: "cooking" as WorkloadInput["workloadType"] })).toThrow(/workloadType/);
    expect(bad({ workloadType: "training", method: "dpo" as WorkloadInput["method"] })).toThrow(/method/);
    const broken: GpuCapability[] = [{ ...entryGpu("T4"), vramGb: -1 }];
    expect(bad({ workloadType: "other" }, broken)).toThrow(/gpus\[0\]\.vramGb/);
    expect(() => estimateWorkload({ workloadType: "other" }, gpus, { T4: -2 })).toThrow(/prices\.T4/);
  });
});

const modelNames = [...knownModels.map((m) => m.id), "Qwen2.5-72B-Instruct", "my-private-model"];
const validInput = fc
  .record(
    {
      workloadType: fc.constantFrom(...workloadTypes),
      model: fc.constantFrom(...modelNames),
      paramsBillions: fc.double({ min: 0.1, max: 150, noNaN: true }),
      precision: fc.constantFrom(...precisions),
      contextLength: fc.integer({ min: 128, max: 4096 }),
      concurrency: fc.integer({ min: 1, max: 2 }),
      tokensToGenerate: fc.double({ min: 1, max: 1e9, noNaN: true }),
      quantity: fc.double({ min: 1, max: 1e5, noNaN: true }),
      unit: fc.constantFrom(...quantityUnits),
      durationHours: fc.double({ min: 0.1, max: 720, noNaN: true }),
      trainingTokens: fc.double({ min: 1e3, max: 1e11, noNaN: true }),
      epochs: fc.integer({ min: 1, max: 5 }),
      method: fc.constantFrom(...fineTuneMethods),
      vramGb: fc.double({ min: 1, max: 192, noNaN: true }),
    },
    { requiredKeys: ["workloadType"] },
  )
  // The one combination no GPU in the list can hold: 405B in fp32 (1.6 TB > 8 × MI300X).
  .filter((input) => !(input.model === "llama-3.1-405b" && input.precision === "fp32"));

describe("estimateWorkload: properties", () => {
  it("Property 13: workload mapping completeness — a GPU tier is recommended whenever one is large enough", () => {
    // The list tops out at MI300X (192 GB): 8 of them hold every generated inference job and 64
    // every generated training job (405B full training at ≤ 4k × 2 tokens per micro-batch needs
    // 6.5 TB / 64 + 39 GB per GPU), so at least one tier must fit for every input.
    fc.assert(
      fc.property(validInput, (input) => {
        const result = estimateWorkload(input, gpus, prices);
        const fitting = result.recommendedGpus.filter((r) => r.fits);
        expect(fitting.length).toBeGreaterThan(0);
        expect(result.recommendedGpus).toHaveLength(gpus.length);
        // Fitting tiers first, cheapest first; the totals describe the first one.
        expect(result.recommendedGpus.slice(0, fitting.length).every((r) => r.fits)).toBe(true);
        const costs = fitting.map((r) => r.estimatedCostUsd ?? Number.POSITIVE_INFINITY);
        expect([...costs].sort((a, b) => a - b)).toEqual(costs);
        expect(result.gpuCount).toBe(fitting[0]?.gpuCount);
        expect(result.estimatedCostUsd).toBe(fitting[0]?.estimatedCostUsd);
        for (const rec of fitting) {
          expect(rec.gpuCount).toBeGreaterThanOrEqual(1);
          const price = prices[rec.model] ?? Number.NaN;
          if (rec.estimatedCostUsd !== null && rec.estimatedHours !== null) {
            expect(rec.estimatedCostUsd).toBeCloseTo(rec.estimatedHours * rec.gpuCount * price, 6);
          }
        }
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(new Set(result.clarificationFields).size).toBe(result.clarificationFields.length);
      }),
      { numRuns: 400 },
    );
  });

  it("Property 13: every workload type maps even from the bare type alone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...workloadTypes), (workloadType) => {
        const result = estimateWorkload({ workloadType }, gpus, prices);
        expect(result.recommendedGpus.some((r) => r.fits)).toBe(true);
        expect(result.estimatedDurationHours).not.toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic: the same request gives the same answer", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(estimateWorkload(input, gpus, prices)).toEqual(estimateWorkload(input, gpus, prices));
      }),
      { numRuns: 100 },
    );
  });
});
