import { describe, expect, it } from "vitest";
import { servedTokensPerSecond, singleStreamDecode } from "./llm-throughput";
import type { GpuCapability } from "./types";

// Rows of reference/gpu-benchmarks.csv.
const rtx4090: GpuCapability = {
  model: "RTX 4090",
  vramGb: 24,
  memoryBandwidthGbps: 1008,
  tflopsFp16: 165.2,
  tokensPerSecond7b: 149.37,
  tokensPerSecond70b: null,
  imageGenPerMinute: 60.9,
};
const l40s: GpuCapability = {
  ...rtx4090,
  model: "L40S",
  vramGb: 48,
  memoryBandwidthGbps: 864,
  tflopsFp16: 362,
  tokensPerSecond7b: 113.6,
  tokensPerSecond70b: 15.31,
};
const h100: GpuCapability = {
  ...rtx4090,
  model: "H100 SXM",
  vramGb: 80,
  memoryBandwidthGbps: 3350,
  tflopsFp16: 989,
  tokensPerSecond7b: null,
};

describe("singleStreamDecode", () => {
  it("scales a measured 7B Q4 figure by weight bytes: Llama-2-7B fp16 on an RTX 4090 = 149.37 × 3.83 / 13.48", () => {
    const speed = singleStreamDecode(rtx4090, 1, 6.74, "fp16");
    expect(speed.basis).toBe("measured");
    expect(speed.tokensPerSecond).toBeCloseTo((149.37 * 3.83) / 13.48, 10); // 42.44 tok/s, 57 % of the 74.8 bound
  });

  it("uses the 70B measurement for a 70B model: Llama-3-70B int4 on an L40S ≈ 15.0 tok/s", () => {
    const speed = singleStreamDecode(l40s, 1, 70.55, "int4");
    expect(speed.basis).toBe("measured");
    expect(speed.tokensPerSecond).toBeCloseTo((15.31 * 38.9) / (70.55 * 0.5625), 10);
  });

  it("estimates from bandwidth without a measurement: 70B fp8 on 2 × H100 = 2 × 3350 / 70.55 × 0.6 ≈ 57 tok/s", () => {
    const speed = singleStreamDecode(h100, 2, 70.55, "fp8");
    expect(speed.basis).toBe("estimated");
    expect(speed.tokensPerSecond).toBeCloseTo(((2 * 3350) / 70.55) * 0.6, 10);
    // NIM measured 51.67 tok/s for this setup (reference N1): within 10 %.
    expect(Math.abs(51.67 / speed.tokensPerSecond - 1)).toBeLessThan(0.1);
  });

  it("does not use single-GPU measurements for a tensor-parallel group, and uses 0.5 efficiency below 30B", () => {
    const speed = singleStreamDecode(rtx4090, 2, 6.74, "fp16");
    expect(speed.basis).toBe("estimated");
    expect(speed.tokensPerSecond).toBeCloseTo(((2 * 1008) / 13.48) * 0.5, 10);
  });
});

describe("servedTokensPerSecond", () => {
  it("multiplies by concurrency until the compute bound: H100, 8B, 32 streams", () => {
    expect(servedTokensPerSecond(100, 32, h100, 1, 8)).toBe(3200);
    // Compute bound: 989e12 × 0.3 / (2 × 8e9) = 18,543.75 tok/s.
    expect(servedTokensPerSecond(100, 1000, h100, 1, 8)).toBeCloseTo(18543.75, 6);
    expect(servedTokensPerSecond(100, 1000, { ...h100, tflopsFp16: null }, 1, 8)).toBe(100000);
  });
});
