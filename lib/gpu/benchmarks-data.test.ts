import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gpuBatchedBenchmarks } from "./batched-benchmarks-data";
import { benchmarkSources, gpuBenchmarks } from "./benchmarks-data";

function row(model: string) {
  const found = gpuBenchmarks.find((r) => r.gpuModel === model);
  if (found === undefined) throw new Error(`no benchmark row ${model}`);
  return found;
}

describe("gpuBenchmarks", () => {
  it("has the 41 rows of the reference table with unique model keys", () => {
    expect(gpuBenchmarks).toHaveLength(41);
    expect(new Set(gpuBenchmarks.map((r) => r.gpuModel)).size).toBe(41);
    expect(gpuBenchmarks[0]?.gpuModel).toBe("B200");
    expect(gpuBenchmarks[40]?.gpuModel).toBe("Gaudi 3");
  });

  it("keeps measured values cell for cell", () => {
    const h100Pcie = row("H100 PCIe");
    expect(h100Pcie.tokensPerSecond7b).toBe(133.77);
    expect(h100Pcie.tokensPerSecond13b).toBe(90.26);
    expect(h100Pcie.tokensPerSecond70b).toBe(25.88);
    expect(h100Pcie.memoryBandwidthGbps).toBe(2000);
    expect(h100Pcie.source).toEqual(["S1", "S2", "L1", "L2", "L3"]);
    expect(row("B200").vramGb).toBe(180);
    expect(row("B200").tflopsBf16).toBe(2250);
    expect(row("H100 NVL").vramGb).toBe(94);
    expect(row("RTX 4090").tflopsFp16).toBe(165.2);
    expect(row("RTX 4090").imageGenPerMinute).toBe(60.9);
    expect(row("T4").tokensPerSecond7b).toBe(34.9);
    expect(row("MI325X").vramGb).toBe(256);
    expect(row("Gaudi 3").tflopsBf16).toBe(1677);
    expect(row("A100 SXM 80GB").imageNote).toContain("A100 variant not stated");
  });

  it("keeps empty cells null instead of inventing values", () => {
    expect(row("B200").tokensPerSecond7b).toBeNull();
    expect(row("B200").imageGenPerMinute).toBeNull();
    expect(row("B100").tflopsFp32).toBeNull();
    expect(row("A10G").tflopsFp16).toBeNull();
    expect(row("A10G").tflopsInt8).toBeNull();
    expect(row("Gaudi 2").tflopsFp32).toBeNull();
    expect(row("A100 SXM 80GB").tokensPerSecond13b).toBeNull();
    expect(row("RTX 4090").tokensPerSecond70b).toBeNull();
    expect(row("T4").tflopsBf16).toBeNull();
  });

  it("resolves every source ID to a citation", () => {
    const ids = new Set(gpuBenchmarks.flatMap((r) => r.source));
    for (const id of ids) expect(benchmarkSources[id], id).toBeTruthy();
    for (const batched of gpuBatchedBenchmarks) expect(benchmarkSources[batched.source]).toBeTruthy();
    expect(benchmarkSources.L1).toContain("XiongjieDai/GPU-Benchmarks-on-LLM-Inference");
    expect(Object.keys(benchmarkSources)).toHaveLength(37);
  });

  // The design's Property 24 says "tflops_fp32 > 0 and tokens_per_second_7b > 0 for inference-capable
  // GPUs". Every row can run inference, but the reference deliberately leaves tps_7b empty where no
  // verifiable single-stream measurement exists (B200, H100 SXM, ...; reference §7) and FP32 empty
  // where the vendor publishes none (B100, Gaudi 2). Imputing would fabricate data, so the property
  // is checked as it honestly holds: every value that is present is positive, and "inference-capable"
  // for tps means "has a measurement". The null cells themselves are asserted above.
  it("Property 24: GPU benchmark data validity", () => {
    fc.assert(
      fc.property(fc.constantFrom(...gpuBenchmarks), (r) => {
        expect(r.tflopsFp32 === null || r.tflopsFp32 > 0).toBe(true);
        expect(r.tokensPerSecond7b === null || r.tokensPerSecond7b > 0).toBe(true);
        expect(r.vramGb).toBeGreaterThan(0);
        expect(r.memoryBandwidthGbps).toBeGreaterThan(0);
        expect(r.tdpWatts).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(gpuBenchmarks.filter((r) => r.tokensPerSecond7b !== null).map((r) => r.gpuModel)).toEqual([
      "H100 PCIe",
      "A100 SXM 80GB",
      "A100 PCIe 80GB",
      "L40S",
      "A40",
      "T4",
      "RTX 6000 Ada",
      "RTX A6000",
      "RTX 4090",
      "RTX 4080",
      "RTX 3090",
      "RTX 3080",
    ]);
    expect(gpuBenchmarks.filter((r) => r.tflopsFp32 !== null)).toHaveLength(39);
  });

  it("never exceeds the bandwidth bound for a measured 7B Q4 decode (reference §2 step 6)", () => {
    // 7B Q4_0 weights = 3.83 GB: single-stream decode cannot read them faster than bandwidth allows
    for (const r of gpuBenchmarks) {
      if (r.tokensPerSecond7b === null) continue;
      expect(r.tokensPerSecond7b, r.gpuModel).toBeLessThan(r.memoryBandwidthGbps / 3.83);
    }
  });
});

describe("gpuBatchedBenchmarks", () => {
  it("has the 37 rows of the batched table, each naming a benchmark row", () => {
    expect(gpuBatchedBenchmarks).toHaveLength(37);
    const models = new Set(gpuBenchmarks.map((r) => r.gpuModel));
    for (const b of gpuBatchedBenchmarks) expect(models.has(b.gpuModel), b.gpuModel).toBe(true);
  });

  it("keeps concrete values and per-GPU division", () => {
    const h100 = gpuBatchedBenchmarks.find(
      (b) =>
        b.gpuModel === "H100 SXM" && b.model === "Llama-3.1-8B-Instruct" && b.islOslOrScenario === "128/128",
    );
    expect(h100?.totalOutputTokensPerSecond).toBe(28836.77);
    expect(h100?.engine).toBe("TensorRT-LLM v0.17");
    const mlperf = gpuBatchedBenchmarks.find((b) => b.gpuModel === "H100 SXM" && b.gpus === 8);
    expect(mlperf?.outputTokensPerSecondPerGpu).toBe(3065.6);
    for (const b of gpuBatchedBenchmarks) {
      expect(b.outputTokensPerSecondPerGpu).toBeCloseTo(b.totalOutputTokensPerSecond / b.gpus, 0);
    }
  });
});
