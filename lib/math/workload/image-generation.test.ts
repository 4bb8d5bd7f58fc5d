import { describe, expect, it } from "vitest";
import { createNotes } from "./demand";
import { imageDemand, imageVramGb, secondsPerImage } from "./image-generation";
import { findModel, type ModelSpec } from "./models";
import { usableVramGb } from "./sizing";
import type { GpuCapability } from "./types";

function model(id: string): ModelSpec {
  const spec = findModel(id);
  if (!spec) throw new Error(id);
  return spec;
}
const h100: GpuCapability = {
  model: "H100 SXM",
  vramGb: 80,
  memoryBandwidthGbps: 3350,
  tflopsFp16: 989,
  tokensPerSecond7b: null,
  tokensPerSecond70b: null,
  imageGenPerMinute: 122.6,
  imageGenBenchmark: "sdxl-1024-20-steps",
};
const rtx4090: GpuCapability = {
  model: "RTX 4090",
  vramGb: 24,
  memoryBandwidthGbps: 1008,
  tflopsFp16: 165.2,
  tokensPerSecond7b: 149.37,
  tokensPerSecond70b: null,
  imageGenPerMinute: 60.9,
  imageGenBenchmark: "sd15-512-50-steps",
};

describe("secondsPerImage", () => {
  it("uses the matching measurement: SDXL on an H100 = 60 / 122.6 s, SD 1.5 on an RTX 4090 = 60 / 60.9 s", () => {
    expect(secondsPerImage(model("sdxl"), h100)).toEqual({ secondsPerImage: 60 / 122.6, basis: "measured" });
    expect(secondsPerImage(model("sd-1.5"), rtx4090)).toEqual({
      secondsPerImage: 60 / 60.9,
      basis: "measured",
    });
  });

  it("never converts SD 1.5 into SDXL: SDXL on an RTX 4090 is estimated as 20 × 24.2 / 165.2 s", () => {
    const speed = secondsPerImage(model("sdxl"), rtx4090);
    expect(speed?.basis).toBe("estimated");
    expect(speed?.secondsPerImage).toBeCloseTo((20 * 24.2) / 165.2, 10);
  });

  it("ignores a measurement whose benchmark is not stated", () => {
    const unlabelled = { ...h100, imageGenBenchmark: null };
    expect(secondsPerImage(model("sdxl"), unlabelled)?.basis).toBe("estimated");
  });

  it("estimates Flux from its DiT FLOPs: 4 schnell steps are 1/12.5 of 50 dev steps; no TFLOPS → null", () => {
    const dev = secondsPerImage(model("flux.1-dev"), h100)?.secondsPerImage ?? 0;
    const schnell = secondsPerImage(model("flux.1-schnell"), h100)?.secondsPerImage ?? 0;
    expect(dev / schnell).toBeCloseTo(12.5, 10);
    expect(dev).toBeCloseTo(13.8, 1);
    expect(secondsPerImage(model("flux.1-dev"), { ...h100, tflopsFp16: null })).toBeNull();
  });
});

describe("imageVramGb", () => {
  it("SDXL fp16 needs 10.09 GB: a 12 GB card holds it (10.8 usable), an 11 GB card does not (9.9)", () => {
    const need = imageVramGb(model("sdxl"), "fp16"); // 3.47B × 2 + 3 GB/MP × 1.048576 MP
    expect(need).toBeCloseTo(10.0857, 4);
    expect(need).toBeLessThanOrEqual(usableVramGb(12));
    expect(need).toBeGreaterThan(usableVramGb(11));
  });

  it("Flux dev needs a 48 GB card in bf16 and fits a 24 GB card in fp8", () => {
    expect(imageVramGb(model("flux.1-dev"), "bf16")).toBeGreaterThan(usableVramGb(40));
    expect(imageVramGb(model("flux.1-dev"), "bf16")).toBeLessThanOrEqual(usableVramGb(48));
    expect(imageVramGb(model("flux.1-dev"), "fp8")).toBeLessThanOrEqual(usableVramGb(24));
  });
});

describe("imageDemand", () => {
  it("10 SDXL images take 10 × 60 / 122.6 s on an H100 and need one GPU; the pipeline never spans cards", () => {
    const demand = imageDemand(
      { workloadType: "image_generation", model: "sdxl", quantity: 10, unit: "images" },
      createNotes(),
    );
    expect(demand.groupSize(h100)).toBe(1);
    expect(demand.groupSize({ ...h100, vramGb: 11 })).toBeNull();
    expect(demand.run(h100, 1).computeHours).toBeCloseTo((10 * 60) / 122.6 / 3600, 12);
  });
});
