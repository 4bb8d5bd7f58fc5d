import { describe, expect, it } from "vitest";
import { findModel, type ModelSpec } from "./models";
import { audioHoursPerHour, transcriptionVramGb } from "./transcription";
import type { GpuCapability } from "./types";

function model(id: string): ModelSpec {
  const spec = findModel(id);
  if (!spec) throw new Error(id);
  return spec;
}
const whisper = model("whisper-large-v3");
const a100: GpuCapability = {
  model: "A100 SXM 80GB",
  vramGb: 80,
  memoryBandwidthGbps: 2039,
  tflopsFp16: 312,
  tokensPerSecond7b: null,
  tokensPerSecond70b: null,
  imageGenPerMinute: null,
};

describe("transcription", () => {
  it("reproduces its anchor: Whisper large-v3 on an A100 = 150 min / 5 min 2 s ≈ 29.8× real time", () => {
    expect(audioHoursPerHour(whisper, a100, 1)).toBeCloseTo(29.8, 10);
    expect(150 / (5 + 2 / 60)).toBeCloseTo(29.8, 1);
  });

  it("scales by TFLOPS, by bandwidth without TFLOPS, and by GPU count", () => {
    expect(audioHoursPerHour(whisper, { ...a100, tflopsFp16: 624 }, 1)).toBeCloseTo(59.6, 10);
    expect(
      audioHoursPerHour(whisper, { ...a100, tflopsFp16: null, memoryBandwidthGbps: 1019.5 }, 1),
    ).toBeCloseTo(14.9, 10);
    expect(audioHoursPerHour(whisper, a100, 4)).toBeCloseTo(119.2, 10);
  });

  it("needs 11.8 GB at batch 24 in fp16: weights 3.1 + caches 24 × 1,948 × 2 × 32 × 1,280 × 2 B + 1", () => {
    const caches = (24 * 1948 * 2 * 32 * 1280 * 2) / 1e9;
    expect(transcriptionVramGb(whisper, "fp16")).toBeCloseTo(3.1 + caches + 1, 10);
    expect(transcriptionVramGb(whisper, "fp16")).toBeCloseTo(11.76, 2);
  });
});
