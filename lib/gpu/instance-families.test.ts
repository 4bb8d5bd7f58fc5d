import { describe, expect, it } from "vitest";
import { lookupInstanceFamily } from "./instance-families";

describe("lookupInstanceFamily", () => {
  it.each([
    ["p5.48xlarge", "H100 SXM"],
    ["P4DE.24XLARGE", "A100 SXM 80GB"],
    ["g6e.12xlarge", "L40S"],
    ["g6.xlarge", "L4"],
    ["nvidia-tesla-v100", "V100 SXM2 16GB"],
    ["a2-highgpu-8g", "A100 SXM 40GB"],
    ["g2-standard-96", "L4"],
    ["Standard_ND96isr_H200_v5", "H200 SXM"],
    ["nd96asr_v4", "A100 SXM 40GB"],
    ["Standard_NC6s_v3", "V100 PCIe 16GB"],
    ["gpu_8x_a100_80gb_sxm4", "A100 SXM 80GB"],
  ])("%s → %s", (id, model) => {
    expect(lookupInstanceFamily(id)).toEqual({ model });
  });

  it('pins only the memory Lambda states for gpu_8x_v100_n ("8x Tesla V100 (16 GB)")', () => {
    expect(lookupInstanceFamily("gpu_8x_v100_n")).toEqual({ family: "V100", formFactor: null, memoryGb: 16 });
  });

  it("keeps AWS g5g (T4G on an Arm host) in the T4 class, as §8's T4 row says", () => {
    expect(lookupInstanceFamily("g5g.2xlarge")).toEqual({ model: "T4" });
  });

  it("explains Lambda's Quadro RTX 6000 type", () => {
    expect(lookupInstanceFamily("gpu_1x_rtx6000")).toEqual({
      unknownReason: "Lambda gpu_*_rtx6000 is the Quadro RTX 6000 (Turing, 24 GB), not in the table",
    });
  });

  it.each([
    "m5.large",
    "n1-standard-8",
    "a3-edgegpu-8g",
    "gpu_8x_b200_sxm6",
    "Standard_D4s_v5",
    "H100",
    "BM.GPU.H100.8",
  ])("does not pin %s", (id) => {
    expect(lookupInstanceFamily(id)).toBeNull();
  });
});
