import { describe, expect, it } from "vitest";
import { findModel, knownModels, normalizeModelName, paramsFromName } from "./models";

describe("findModel", () => {
  it("resolves Hugging Face ids, spaced names and short names to the same row", () => {
    expect(findModel("meta-llama/Llama-2-7b-chat-hf")?.id).toBe("llama-2-7b");
    expect(findModel("Llama 2 7B")?.id).toBe("llama-2-7b");
    expect(findModel("meta-llama/Meta-Llama-3.1-70B-Instruct")?.id).toBe("llama-3.1-70b");
    expect(findModel("mistralai/Mixtral-8x7B-Instruct-v0.1")?.id).toBe("mixtral-8x7b");
    expect(findModel("SDXL")?.id).toBe("sdxl");
    expect(findModel("SD 1.5")?.id).toBe("sd-1.5");
    expect(findModel("black-forest-labs/FLUX.1-schnell")?.id).toBe("flux.1-schnell");
    expect(findModel("FLUX.1 [dev]")?.id).toBe("flux.1-dev");
    expect(findModel("openai/whisper-large-v3")?.id).toBe("whisper-large-v3");
    expect(findModel("BAAI/bge-large-en-v1.5")?.id).toBe("bge-large-en-v1.5");
    expect(findModel("Wan2.1-T2V-14B")?.id).toBe("wan-2.1-t2v-14b");
  });

  it("keeps Llama 3 and 3.1 apart (same weights shape, different context) and knows nothing it was not told", () => {
    expect(findModel("llama-3-8b")?.contextLength).toBe(8192);
    expect(findModel("llama-3.1-8b")?.contextLength).toBe(131072);
    expect(findModel("qwen2.5-72b")).toBeNull();
    expect(findModel("")).toBeNull();
  });

  it("normalizes names to letters and digits without serving suffixes", () => {
    expect(normalizeModelName("meta-llama/Llama-2-13b-chat-hf")).toBe("llama213b");
    expect(normalizeModelName("Mistral-7B-Instruct-v0.2")).toBe("mistral7b");
  });
});

describe("paramsFromName", () => {
  it("reads the size written in an unknown model's name", () => {
    expect(paramsFromName("Qwen2.5-72B-Instruct")).toBe(72);
    expect(paramsFromName("phi-3.8b")).toBe(3.8);
    expect(paramsFromName("gpt-4")).toBeNull();
  });
});

describe("knownModels table", () => {
  it("has unique ids and aliases, a source per row and consistent facts", () => {
    const ids = new Set(knownModels.map((m) => m.id));
    expect(ids.size).toBe(knownModels.length);
    // No alias may point at two rows once normalised.
    const owner = new Map<string, string>();
    for (const m of knownModels) {
      for (const alias of m.aliases) {
        const key = normalizeModelName(alias);
        expect(owner.get(key) ?? m.id).toBe(m.id);
        owner.set(key, m.id);
      }
    }
    for (const m of knownModels) {
      expect(m.source.length).toBeGreaterThan(10);
      expect(m.activeParamsBillions).toBeLessThanOrEqual(m.paramsBillions);
      if (m.shape !== null) {
        expect(m.shape.kvHeads).toBeLessThanOrEqual(m.shape.attentionHeads);
        expect(m.shape.attentionHeads * m.shape.headDim).toBe(m.shape.hiddenSize);
      }
      expect(m.diffusion !== null).toBe(m.kind === "image" || m.kind === "video");
    }
  });

  it("records grouped-query attention where the configs say so", () => {
    expect(findModel("llama-2-70b")?.shape?.kvHeads).toBe(8);
    expect(findModel("llama-2-7b")?.shape?.kvHeads).toBe(32);
    expect(findModel("mixtral-8x7b")?.activeParamsBillions).toBe(12.9);
    expect(findModel("mixtral-8x7b")?.paramsBillions).toBe(46.7);
  });
});
