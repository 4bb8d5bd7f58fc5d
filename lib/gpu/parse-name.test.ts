import { describe, expect, it } from "vitest";
import { parseGpuName } from "./parse-name";

describe("parseGpuName", () => {
  it.each([
    ["NVIDIA H100 80GB HBM3", { key: "h100", formFactor: "SXM", memoryGb: 80 }],
    ["Tesla V100-SXM2-16GB", { key: "v100", formFactor: "SXM", memoryGb: 16 }],
    ["NVIDIA RTX 6000 Ada Generation", { key: "rtx6000ada", formFactor: null, memoryGb: null }],
    ["H100-80G-PCIe", { key: "h100", formFactor: "PCIe", memoryGb: 80 }],
    ["A100 PCI-E 40 GB", { key: "a100", formFactor: "PCIe", memoryGb: 40 }],
    ["A100 81920MiB", { key: "a100", formFactor: null, memoryGb: 80 }],
    ["A100 79.6GB", { key: "a100", formFactor: null, memoryGb: 79.6 }],
    ["H100NVL", { key: "h100", formFactor: "NVL", memoryGb: null }],
    ["Quadro RTX 6000", { key: "quadrortx6000", formFactor: null, memoryGb: null }],
    ["RTX 4090 Max-Q", { key: "rtx4090maxq", formFactor: null, memoryGb: null }],
    ["H100 GPU - 8X", { key: "h100", formFactor: null, memoryGb: null }],
    ["AMD Instinct MI250X / MI250", { key: "mi250xmi250", formFactor: null, memoryGb: null }],
    ["GH200-GraceHopper-Superchip_GH200-96GB", { key: "gh200", formFactor: "superchip", memoryGb: 96 }],
    ["HGX B200", { key: "b200", formFactor: "SXM", memoryGb: null }],
    ["MI300X OAM", { key: "mi300x", formFactor: "OAM", memoryGb: null }],
    ["NVIDIA", { key: "", formFactor: null, memoryGb: null }],
    // Hyperstack `gpu` values (providers.md §11): NVLink-bridged PCIe cards
    ["H100-80G-PCIe-NVLink", { key: "h100", formFactor: "PCIe", memoryGb: 80 }],
    ["A100-80G-PCIe-NVLink", { key: "a100", formFactor: "PCIe", memoryGb: 80 }],
    // FluidStack: NVLink without a form factor stays in the key (a §8 trap, never guessed)
    ["H100_NVLINK_80GB", { key: "h100nvlink", formFactor: null, memoryGb: 80 }],
    ["NVIDIA T4G", { key: "t4g", formFactor: null, memoryGb: null }],
  ])("%s", (raw, expected) => {
    expect(parseGpuName(raw)).toEqual(expected);
  });

  it("keeps the first memory token and the first form factor", () => {
    expect(parseGpuName("A100 40GB 80GB SXM4 PCIe")).toEqual({
      key: "a100",
      formFactor: "SXM",
      memoryGb: 40,
    });
  });
});
