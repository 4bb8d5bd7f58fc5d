import { describe, expect, it } from "vitest";
import { wordView } from "./context";
import { createWorkloadContext } from "./workload-context";
import { classifyWorkload, type TypeSignals } from "./workload-type";

const none: TypeSignals = { modelCategories: [], mediaKinds: [], hasConcurrency: false };
const classify = (text: string, signals: Partial<TypeSignals> = {}) =>
  classifyWorkload(wordView(createWorkloadContext(text)), { ...none, ...signals });

describe("classifyWorkload", () => {
  it.each([
    ["generate 100 images", "image_generation"],
    ["host a chatbot", "llm_inference"],
    ["fine-tune a model with LoRA", "fine_tuning"],
    ["pretrain from scratch", "training"],
    ["text-to-video clips", "video_generation"],
    ["vectorize my docs for a RAG index", "embedding"],
    ["speech-to-text for my podcast", "transcription"],
    ["classify 10k documents offline", "batch_inference"],
    ["render 240 frames in blender", "rendering"],
    ["trainig a resnet", "training"],
  ])("classifies %s as %s", (text, type) => {
    expect(classify(text).type).toBe(type);
  });

  it("lets fine-tuning words decide over everything else", () => {
    const result = classify("fine-tuning whisper small on 30 hours of audio", {
      modelCategories: ["audio"],
      mediaKinds: ["audio"],
    });
    expect(result).toMatchObject({ type: "fine_tuning", decisive: true });
  });

  it("prefers fine-tuning over training when both appear", () => {
    expect(classify("lora training on sdxl").type).toBe("fine_tuning");
  });

  it("uses model categories and media as evidence", () => {
    expect(classify("run it", { modelCategories: ["audio"] }).type).toBe("transcription");
    expect(classify("something", { modelCategories: ["llm"] }).type).toBe("llm_inference");
    expect(classify("whatever", { mediaKinds: ["video"] }).type).toBe("video_generation");
  });

  it("returns other without enough evidence", () => {
    expect(classify("what's the weather like")).toMatchObject({ type: "other", decisive: false });
    expect(classify("")).toMatchObject({ type: "other", score: 0 });
  });

  it("reports the runner-up's evidence", () => {
    const result = classify("translate 5,000 documents with an LLM");
    expect(result.type).toBe("batch_inference");
    expect(result.runnerUp).toBe(3);
  });
});
