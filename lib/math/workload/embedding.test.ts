import { describe, expect, it } from "vitest";
import { embeddingTokensPerSecond, embeddingVramGb } from "./embedding";
import { findModel, type ModelSpec } from "./models";
import type { GpuCapability } from "./types";

function model(id: string): ModelSpec {
  const spec = findModel(id);
  if (!spec) throw new Error(id);
  return spec;
}
const bge = model("bge-large");
const a100: GpuCapability = {
  model: "A100 SXM 80GB",
  vramGb: 80,
  memoryBandwidthGbps: 2039,
  tflopsFp16: 312,
  tokensPerSecond7b: null,
  tokensPerSecond70b: null,
  imageGenPerMinute: null,
};

describe("embedding", () => {
  it("bge-large on an A100: 312e12 × 0.3 / (2 × 0.335e9 + 4 × 24 × 256 × 1024) ≈ 134,644 tokens/s", () => {
    const flopsPerToken = 2 * 0.335e9 + 4 * 24 * 256 * 1024;
    expect(embeddingTokensPerSecond(bge, a100, 1)).toBeCloseTo((312e12 * 0.3) / flopsPerToken, 6);
    expect(embeddingTokensPerSecond(bge, a100, 2)).toBeCloseTo((2 * 312e12 * 0.3) / flopsPerToken, 6);
    expect(embeddingTokensPerSecond(bge, { ...a100, tflopsFp16: null }, 1)).toBeNull();
  });

  it("needs its weights plus 2 GB: 2.67 GB in fp16", () => {
    expect(embeddingVramGb(bge, "fp16")).toBeCloseTo(2.67, 10);
  });
});
