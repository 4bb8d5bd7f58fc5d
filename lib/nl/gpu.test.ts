import { describe, expect, it } from "vitest";
import { extractGpu } from "./gpu";
import { createWorkloadContext } from "./workload-context";

const gpu = (text: string) => extractGpu(createWorkloadContext(text));

describe("extractGpu", () => {
  it.each([
    ["a couple of 4090s", "RTX 4090", 2],
    ["8x H100", "H100", 8],
    ["8xh100", "H100", 8],
    ["8×H100", "H100", 8],
    ["two A100s", "A100", 2],
    ["dual 3090", "RTX 3090", 2],
    ["rtx 4090 x2", "RTX 4090", 2],
    ["an h100", "H100", 1],
    ["a single L40S", "L40S", 1],
    ["4x A100 80GB", "A100 80GB", 4],
    ["3 x a100-40gb", "A100 40GB", 3],
    ["2 x h100 sxm", "H100 SXM", 2],
    ["four h100 sxm5", "H100 SXM", 4],
    ["an a6000", "RTX A6000", 1],
    ["2x RTX 6000 Ada", "RTX 6000 Ada", 2],
    ["NVIDIA GeForce RTX 3090 Ti", "RTX 3090 Ti", null],
    ["gaudi 2", "Gaudi 2", null],
    ["mi300x", "MI300X", null],
  ])("reads %s", (text, model, count) => {
    expect(gpu(text)).toEqual({ model, count });
  });

  it("gives a null count for plurals without a number and for machine counts", () => {
    expect(gpu("on T4s")).toEqual({ model: "T4", count: null });
    expect(gpu("5 h100 nodes")).toEqual({ model: "H100", count: null });
  });

  it("counts GPUs without a model, but not 'a gpu'", () => {
    expect(gpu("8 gpus")).toEqual({ model: null, count: 8 });
    expect(gpu("a single 48gb card")).toEqual({ model: null, count: 1 });
    expect(gpu("I need a gpu")).toBeNull();
    expect(gpu("on a 24 gig card")).toBeNull();
  });

  it("lends a separate count to a named GPU", () => {
    expect(gpu("8 gpus, preferably h100")).toEqual({ model: "H100", count: 8 });
  });

  it("does not read plain numbers or money as consumer cards", () => {
    expect(gpu("generate 4090 images")).toBeNull();
    expect(gpu("$3090 budget")).toBeNull();
    expect(gpu("a 100 images")).toBeNull();
  });
});
