import { describe, expect, it } from "vitest";
import { extractModel } from "./model";
import { createWorkloadContext } from "./workload-context";

const model = (text: string) => extractModel(createWorkloadContext(text)).model;

describe("extractModel", () => {
  it.each([
    ["llama 3 70b", "llama-3-70b", 70],
    ["Llama-3-70B-Instruct", "llama-3-70b", 70],
    ["llama3 8b", "llama-3-8b", 8],
    ["llama-3.1-405b", "llama-3.1-405b", 405],
    ["qwen 2.5 72b", "qwen-2.5-72b", 72],
    ["qwen2.5-coder 32b", "qwen-2.5-coder-32b", 32],
    ["mistral 7b", "mistral-7b", 7],
    ["mixtral 8x7b", "mixtral-8x7b", 46.7],
    ["Mixtral 8x22B", "mixtral-8x22b", 141],
    ["phi-3 mini", "phi-3-mini", 3.8],
    ["deepseek r1", "deepseek-r1", 671],
    ["gpt-oss-20b", "gpt-oss-20b", 20],
    ["GPT-2 small", "gpt-2-small", 0.124],
    ["codellama 34b", "codellama-34b", 34],
    ["sdxl", "sdxl", 3.5],
    ["stabel diffusion xl", "sdxl", 3.5],
    ["SDXL Turbo", "sdxl-turbo", 3.5],
    ["stable diffusion", "stable-diffusion", null],
    ["sd 1.5", "sd-1.5", null],
    ["stable diffusion 3.5 large", "sd-3.5-large", 8.1],
    ["sdxl lightning", "sdxl-lightning", 3.5],
    ["flux.1 dev", "flux-dev", 12],
    ["flux schnell", "flux-schnell", 12],
    ["whisper large v3", "whisper-large-v3", 1.55],
    ["whisper-medium", "whisper-medium", 0.769],
    ["whisper", "whisper", null],
    ["stable video diffusion", "svd", null],
    ["hunyuan video", "hunyuan-video", 13],
    ["bge-large", "bge-large", null],
    ["e5-large", "e5-large", null],
  ])("normalises %s to %s", (text, name, params) => {
    expect(model(text)).toEqual({ name, paramsBillions: params });
  });

  it("reads a size without a name", () => {
    expect(model("a 13B model")).toEqual({ name: null, paramsBillions: 13 });
    expect(model("a 13 billion parameter model")).toEqual({ name: null, paramsBillions: 13 });
    expect(model("a 350M parameter model")).toEqual({ name: null, paramsBillions: 0.35 });
    expect(model("8x7b")).toEqual({ name: null, paramsBillions: 46.7 });
  });

  it("lends a separate size to an LLM name without one", () => {
    expect(model("llama, the 70b one")).toEqual({ name: "llama", paramsBillions: 70 });
  });

  it("does not take token counts or plain billions for model sizes", () => {
    expect(model("train on 20B tokens")).toBeNull();
    expect(model("5 billion")).toBeNull();
  });

  it("keeps the first of several models and reports all their categories", () => {
    const result = extractModel(createWorkloadContext("llama 3 8b with bge embeddings"));
    expect(result.model).toEqual({ name: "llama-3-8b", paramsBillions: 8 });
    expect(result.categories).toEqual(["llm", "embedding"]);
  });

  it("finds nothing in text without a model", () => {
    expect(model("phi is a greek letter")).toBeNull();
    expect(model("what's the weather")).toBeNull();
  });
});
