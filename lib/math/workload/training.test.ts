import { describe, expect, it } from "vitest";
import { findModel, type TransformerShape } from "./models";
import { usableVramGb } from "./sizing";
import { trainingFlopsPerToken, trainingMemory, trainingTokensPerSecond } from "./training";
import type { GpuCapability } from "./types";

function shape(id: string): TransformerShape {
  const s = findModel(id)?.shape;
  if (!s) throw new Error(id);
  return s;
}
const a100: GpuCapability = {
  model: "A100 SXM 80GB",
  vramGb: 80,
  memoryBandwidthGbps: 2039,
  tflopsFp16: 312,
  tokensPerSecond7b: null,
  tokensPerSecond70b: null,
  imageGenPerMinute: null,
};

describe("trainingMemory", () => {
  it("full training holds 16 bytes per parameter: Llama-2-7B = 107.8 GB of states", () => {
    const m = trainingMemory(6.74, shape("llama-2-7b"), "full", "bf16", 2048, 1);
    expect(m.modelStatesGb).toBeCloseTo(107.84, 10);
    // Activations: (2 × 32 + 34) × 2048 × 4096 bytes = 0.822 GB, + 1 GB context.
    expect(m.perGpuGb).toBeCloseTo((98 * 2048 * 4096) / 1e9 + 1, 10);
  });

  it("LoRA on Llama-2-7B fits one 24 GB card; QLoRA on a 70B model fits one 80 GB card, not 48 GB", () => {
    const lora = trainingMemory(6.74, shape("llama-2-7b"), "lora", "bf16", 2048, 1);
    expect(lora.modelStatesGb).toBeCloseTo(13.48 + 6.74 * 0.006 * 16, 10);
    expect(lora.requiredGb).toBeLessThanOrEqual(usableVramGb(24));
    const qlora = trainingMemory(70.55, shape("llama-3.1-70b"), "qlora", "bf16", 2048, 1);
    expect(qlora.modelStatesGb).toBeCloseTo((70.55 * 4.127) / 8 + 70.55 * 0.006 * 16, 10);
    expect(qlora.requiredGb).toBeLessThanOrEqual(usableVramGb(80));
    expect(qlora.requiredGb).toBeGreaterThan(usableVramGb(48));
  });

  it("grows activations with sequence length and micro-batch", () => {
    const base = trainingMemory(8, shape("llama-3-8b"), "lora", "bf16", 2048, 1);
    const doubled = trainingMemory(8, shape("llama-3-8b"), "lora", "bf16", 4096, 2);
    expect(doubled.perGpuGb - 1).toBeCloseTo(4 * (base.perGpuGb - 1), 10);
  });
});

describe("training time", () => {
  it("6·N·D for full training, 4·N·D for adapters", () => {
    expect(trainingFlopsPerToken(7, "full")).toBe(42e9);
    expect(trainingFlopsPerToken(7, "lora")).toBe(28e9);
  });

  it("8 × A100 at 35 % MFU train a 7B model at 8 × 312e12 × 0.35 / 42e9 = 20,800 tokens/s", () => {
    expect(trainingTokensPerSecond(a100, 8, 7, "full")).toBeCloseTo(20800, 6);
    expect(trainingTokensPerSecond(a100, 1, 7, "qlora")).toBeCloseTo((312e12 * 0.25) / 28e9, 6);
    expect(trainingTokensPerSecond({ ...a100, tflopsFp16: null }, 1, 7, "full")).toBeNull();
  });
});
