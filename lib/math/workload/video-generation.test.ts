import { describe, expect, it } from "vitest";
import { ditStepPeakTflop, latentTokens } from "./diffusion-cost";
import { findModel, type ModelSpec } from "./models";
import type { GpuCapability } from "./types";
import { clipSeconds, clipsFor, secondsPerClip, videoVramGb } from "./video-generation";

function model(id: string): ModelSpec {
  const spec = findModel(id);
  if (!spec) throw new Error(id);
  return spec;
}
const a100: GpuCapability = {
  model: "A100 SXM 80GB",
  vramGb: 80,
  memoryBandwidthGbps: 2039,
  tflopsFp16: 312,
  tokensPerSecond7b: 133.38,
  tokensPerSecond70b: 24.33,
  imageGenPerMinute: null,
};
const h100: GpuCapability = { ...a100, model: "H100 SXM", memoryBandwidthGbps: 3350, tflopsFp16: 989 };

describe("latentTokens", () => {
  it("Wan 2.1 720p, 81 frames: 21 latent frames × 45 × 80 patches = 75,600; CogVideoX 13 × 30 × 45 = 17,550", () => {
    expect(latentTokens(model("wan-2.1-t2v-14b"))).toBe(75600);
    expect(latentTokens(model("cogvideox-5b"))).toBe(17550);
    expect(latentTokens(model("hunyuanvideo"))).toBe(33 * 45 * 80);
    expect(latentTokens(model("flux.1-dev"))).toBe(4096);
  });
});

describe("secondsPerClip", () => {
  it("CogVideoX-5B: ~268 s on an A100 and ~85 s on an H100, against the card's ~180 s and ~90 s", () => {
    // Per step: 2 (CFG) × (2 × 5e9 × 17,550 + 4 × 42 × 17,550² × 3,072) / 0.4 / 1e12 = 1,672.3.
    expect(ditStepPeakTflop(model("cogvideox-5b"))).toBeCloseTo(1672.294, 3);
    const onA100 = secondsPerClip(model("cogvideox-5b"), a100) ?? 0;
    const onH100 = secondsPerClip(model("cogvideox-5b"), h100) ?? 0;
    expect(onA100).toBeCloseTo(268.0, 1);
    expect(onH100).toBeCloseTo(84.54, 2);
    expect(onA100 / 180).toBeLessThan(1.6);
    expect(Math.abs(onH100 / 90 - 1)).toBeLessThan(0.1);
  });

  it("Wan 2.1 14B at 720p: about 29 minutes per 5-second clip on an H100; unknown without TFLOPS", () => {
    expect((secondsPerClip(model("wan-2.1-t2v-14b"), h100) ?? 0) / 60).toBeCloseTo(28.6, 1);
    expect(secondsPerClip(model("wan-2.1-t2v-14b"), { ...h100, tflopsFp16: null })).toBeNull();
  });
});

describe("clips and memory", () => {
  it("turns seconds of video into whole clips: 12 s on 81/16 = 5.06 s clips is 3 clips", () => {
    expect(clipSeconds(model("wan-2.1-t2v-14b"))).toBeCloseTo(5.0625, 10);
    expect(clipsFor(model("wan-2.1-t2v-14b"), 12, "video_seconds")).toBe(3);
    expect(clipsFor(model("wan-2.1-t2v-14b"), 2, "videos")).toBe(2);
  });

  it("CogVideoX-5B bf16 needs 25.2 GB (its card: 26 GB); Wan 14B bf16 needs 52.9 GB", () => {
    expect(videoVramGb(model("cogvideox-5b"), "bf16")).toBeCloseTo(25.234, 3);
    expect(videoVramGb(model("wan-2.1-t2v-14b"), "bf16")).toBeCloseTo(52.89, 2);
  });
});
