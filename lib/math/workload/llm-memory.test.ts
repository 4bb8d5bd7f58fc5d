import { describe, expect, it } from "vitest";
import { estimatedShape, kvBytesPerToken, llmServingMemory, weightsGb } from "./llm-memory";
import { findModel } from "./models";
import { usableVramGb } from "./sizing";

function shapeOf(id: string) {
  const shape = findModel(id)?.shape;
  if (!shape) throw new Error(`no shape for ${id}`);
  return shape;
}

describe("llmServingMemory", () => {
  it("Llama-2-7B fp16: 13.48 GB weights + 2.15 GB KV (4k context) + 1.27 GB overhead = 16.9 GB, fits 24 GB", () => {
    // KV: 2 × 32 layers × 32 KV heads × 128 × 2 bytes = 524,288 B/token × 4096 tokens = 2.147 GB.
    const m = llmServingMemory(6.74, "fp16", shapeOf("llama-2-7b"), 4096, 1);
    expect(m.weightsGb).toBeCloseTo(13.48, 10);
    expect(m.kvCacheGb).toBeCloseTo(2.147483648, 9);
    expect(m.overheadGb).toBeCloseTo(1.2696, 10);
    expect(m.requiredGb).toBeCloseTo(16.897, 3);
    expect(m.requiredGb).toBeLessThanOrEqual(usableVramGb(24));
  });

  it("Llama-3-70B fp16 with 8k context needs 147.6 GB: more than 2 × 72 GB usable on H100s", () => {
    // 141.1 GB weights; GQA KV 2 × 80 × 8 × 128 × 2 = 327,680 B/token × 8192 = 2.68 GB; overhead 1 + 2.82.
    const m = llmServingMemory(70.55, "fp16", shapeOf("llama-3-70b"), 8192, 1);
    expect(m.weightsGb).toBeCloseTo(141.1, 10);
    expect(m.kvCacheGb).toBeCloseTo(2.68435456, 8);
    expect(m.requiredGb).toBeCloseTo(147.606, 3);
    expect(m.requiredGb).toBeGreaterThan(2 * usableVramGb(80));
    expect(m.requiredGb).toBeLessThanOrEqual(2 * usableVramGb(141));
  });

  it("Llama-3-70B int4 (4.5 bits) at 4k context is 42.8 GB: one 48 GB card (43.2 usable)", () => {
    const m = llmServingMemory(70.55, "int4", shapeOf("llama-3-70b"), 4096, 1);
    expect(m.weightsGb).toBeCloseTo(39.684, 3);
    expect(m.requiredGb).toBeCloseTo(42.82, 2);
    expect(m.requiredGb).toBeLessThanOrEqual(usableVramGb(48));
  });

  it("counts KV heads, not hidden size: GQA Llama-2-70B caches 8× less than its hidden size suggests", () => {
    const gqa = kvBytesPerToken(shapeOf("llama-2-70b"), "fp16");
    expect(gqa).toBe(2 * 80 * 8 * 128 * 2);
    expect((2 * 80 * 8192 * 2) / gqa).toBe(8);
  });

  it("scales KV linearly with concurrency and keeps fp16 caches for quantised weights", () => {
    const shape = shapeOf("llama-3-8b");
    const one = llmServingMemory(8.03, "int4", shape, 4096, 1).kvCacheGb;
    expect(llmServingMemory(8.03, "int4", shape, 4096, 8).kvCacheGb).toBeCloseTo(8 * one, 12);
    expect(kvBytesPerToken(shape, "int4")).toBe(kvBytesPerToken(shape, "fp16"));
    expect(kvBytesPerToken(shape, "fp32")).toBe(2 * kvBytesPerToken(shape, "fp16"));
    expect(llmServingMemory(8.03, "fp16", shape, 0, 1).kvCacheGb).toBe(0);
  });

  it("weights: fp32 4, bf16 2, fp8 1 byte per parameter", () => {
    expect(weightsGb(7, "fp32")).toBe(28);
    expect(weightsGb(7, "bf16")).toBe(14);
    expect(weightsGb(7, "fp8")).toBe(7);
  });
});

describe("estimatedShape", () => {
  it("recovers Llama-like shapes from the parameter count (7B → ~32 layers × 4096)", () => {
    const s7 = estimatedShape(7);
    expect(s7.layers).toBe(33);
    expect(s7.hiddenSize).toBe(4224);
    expect(s7.kvHeads).toBe(8);
    // KV per token within 5 % of Llama-3-8B's real 131,072 bytes.
    expect(Math.abs(kvBytesPerToken(s7, "fp16") / 131072 - 1)).toBeLessThan(0.05);
    expect(estimatedShape(0.00001).layers).toBe(1); // tiny models still get one layer
  });
});
