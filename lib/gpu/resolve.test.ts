import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalModels, findModel, resolveGpu, resolveGpuDetailed } from "./resolve";
import type { GpuHints } from "./types";

/**
 * Every alias of reference/gpu-benchmarks.md §8 ("aliases seen" column), one case each:
 * [alias, canonical model, hints]. Hints appear only where the §8 rule needs them: Vast
 * "A100 SXM4"/"A100 PCIE" ("check 80/40 GB"), bare "V100" (the table also has a 32 GB V100), and
 * SkyPilot's "A100-80GB", whose form factor comes from the Lambda instance it labels.
 * Cloud ids (AWS instance types, GCP accelerators/machine types, Azure sizes, Lambda types) are
 * passed as the name, as a catalog adapter does when the id is all it has; hintedByInstance checks
 * the same ids as `instanceType` hints.
 */
const aliasCases: readonly (readonly [alias: string, model: string, hints?: GpuHints])[] = [
  ["NVIDIA B200", "B200"],
  ["B200", "B200"],
  ["HGX B200", "B200"],
  ["DGX B200", "B200"],
  ["B200-SXM-180GB", "B200"],
  ["p6-b200.48xlarge", "B200"],
  ["nvidia-b200", "B200"],
  ["NVIDIA B100", "B100"],
  ["HGX B100", "B100"],
  ["NVIDIA GH200 480GB", "GH200"],
  ["GH200", "GH200"],
  ["GH200 SXM", "GH200"],
  ["gpu_1x_gh200", "GH200"],
  ["GH200-GraceHopper-Superchip_GH200-96GB", "GH200"],
  ["NVIDIA H200", "H200 SXM"],
  ["H200", "H200 SXM"],
  ["H200 SXM", "H200 SXM"],
  ["H200-SXM-141GB", "H200 SXM"],
  ["HGX H200", "H200 SXM"],
  ["p5e.48xlarge", "H200 SXM"],
  ["p5en.48xlarge", "H200 SXM"],
  ["Standard_ND96isr_H200_v5", "H200 SXM"],
  ["a3-ultragpu-8g", "H200 SXM"],
  ["NVIDIA H200 NVL", "H200 NVL"],
  ["H200 NVL", "H200 NVL"],
  ["H200NVL", "H200 NVL"],
  ["NVIDIA H100 80GB HBM3", "H100 SXM"],
  ["H100 SXM", "H100 SXM"],
  ["H100 SXM5", "H100 SXM"],
  ["H100_SXM", "H100 SXM"],
  ["H100-SXM-80GB", "H100 SXM"],
  ["HGX H100", "H100 SXM"],
  ["DGX H100", "H100 SXM"],
  ["gpu_1x_h100_sxm5", "H100 SXM"],
  ["gpu_8x_h100_sxm5", "H100 SXM"],
  ["p5.48xlarge", "H100 SXM"],
  ["nvidia-h100-80gb", "H100 SXM"],
  ["nvidia-h100-mega-80gb", "H100 SXM"],
  ["a3-highgpu-8g", "H100 SXM"],
  ["a3-megagpu-8g", "H100 SXM"],
  ["Standard_ND96isr_H100_v5", "H100 SXM"],
  ["NVIDIA H100 PCIe", "H100 PCIe"],
  ["H100 PCIE", "H100 PCIe"],
  ["gpu_1x_h100_pcie", "H100 PCIe"],
  ["H100 80GB PCIe", "H100 PCIe"],
  ["NVIDIA H100 NVL", "H100 NVL"],
  ["H100 NVL", "H100 NVL"],
  ["H100NVL", "H100 NVL"],
  ["Standard_NC40ads_H100_v5", "H100 NVL"],
  ["Standard_NC80adis_H100_v5", "H100 NVL"],
  ["NVIDIA A100-SXM4-80GB", "A100 SXM 80GB"],
  ["A100 SXM4", "A100 SXM 80GB", { vramGb: 79.6 }],
  ["A100-80GB", "A100 SXM 80GB", { instanceType: "gpu_8x_a100_80gb_sxm4" }],
  ["A100 80GB SXM", "A100 SXM 80GB"],
  ["gpu_8x_a100_80gb_sxm4", "A100 SXM 80GB"],
  ["p4de.24xlarge", "A100 SXM 80GB"],
  ["nvidia-a100-80gb", "A100 SXM 80GB"],
  ["a2-ultragpu-8g", "A100 SXM 80GB"],
  ["Standard_ND96amsr_A100_v4", "A100 SXM 80GB"],
  ["NVIDIA A100-SXM4-40GB", "A100 SXM 40GB"],
  ["Tesla A100-SXM4-40GB", "A100 SXM 40GB"],
  ["gpu_1x_a100_sxm4", "A100 SXM 40GB"],
  ["gpu_8x_a100", "A100 SXM 40GB"],
  ["p4d.24xlarge", "A100 SXM 40GB"],
  ["nvidia-tesla-a100", "A100 SXM 40GB"],
  ["a2-highgpu-1g", "A100 SXM 40GB"],
  ["Standard_ND96asr_v4", "A100 SXM 40GB"],
  ["NVIDIA A100-PCIE-40GB", "A100 PCIe 40GB"],
  ["A100 PCIE", "A100 PCIe 40GB", { vramGb: 40 }],
  ["A100 40GB PCIe", "A100 PCIe 40GB"],
  ["NVIDIA A100 80GB PCIe", "A100 PCIe 80GB"],
  ["A100 PCIE", "A100 PCIe 80GB", { vramGb: 80 }],
  ["Standard_NC24ads_A100_v4", "A100 PCIe 80GB"],
  ["NVIDIA L40S", "L40S"],
  ["L40S", "L40S"],
  ["g6e.xlarge", "L40S"],
  ["NVIDIA L40", "L40"],
  ["L40", "L40"],
  ["NVIDIA L4", "L4"],
  ["L4", "L4"],
  ["g6.xlarge", "L4"],
  ["gr6.4xlarge", "L4"],
  ["nvidia-l4", "L4"],
  ["g2-standard-4", "L4"],
  ["NVIDIA A10G", "A10G"],
  ["A10G", "A10G"],
  ["g5.xlarge", "A10G"],
  ["NVIDIA A10", "A10"],
  ["A10", "A10"],
  ["gpu_1x_a10", "A10"],
  ["Standard_NC8ads_A10_v4", "A10"],
  ["Standard_NV36ads_A10_v5", "A10"],
  ["NVIDIA A40", "A40"],
  ["A40", "A40"],
  ["NVIDIA A30", "A30"],
  ["A30", "A30"],
  ["NVIDIA A16", "A16"],
  ["A16", "A16"],
  ["Tesla T4", "T4"],
  ["NVIDIA T4", "T4"],
  ["T4", "T4"],
  ["g4dn.xlarge", "T4"],
  ["g5g.xlarge", "T4"],
  ["nvidia-tesla-t4", "T4"],
  ["Standard_NC4as_T4_v3", "T4"],
  ["Tesla V100-SXM2-16GB", "V100 SXM2 16GB"],
  ["V100", "V100 SXM2 16GB", { vramGb: 16 }],
  ["p3.2xlarge", "V100 SXM2 16GB"],
  ["p3.8xlarge", "V100 SXM2 16GB"],
  ["p3.16xlarge", "V100 SXM2 16GB"],
  ["nvidia-tesla-v100", "V100 SXM2 16GB"],
  ["gpu_8x_v100", "V100 SXM2 16GB"],
  ["Tesla V100-SXM2-32GB", "V100 SXM2 32GB"],
  ["V100-32GB", "V100 SXM2 32GB"],
  ["p3dn.24xlarge", "V100 SXM2 32GB"],
  ["Standard_ND40rs_v2", "V100 SXM2 32GB"],
  ["Tesla V100-PCIE-16GB", "V100 PCIe 16GB"],
  ["Tesla V100-PCIE-32GB", "V100 PCIe 16GB"],
  ["Standard_NC6s_v3", "V100 PCIe 16GB"],
  ["Standard_NC24rs_v3", "V100 PCIe 16GB"],
  ["Tesla P100-PCIE-16GB", "P100 PCIe 16GB"],
  ["Tesla P100", "P100 PCIe 16GB"],
  ["nvidia-tesla-p100", "P100 PCIe 16GB"],
  ["NVIDIA RTX 6000 Ada Generation", "RTX 6000 Ada"],
  ["RTX 6000 Ada", "RTX 6000 Ada"],
  ["RTX 6000Ada", "RTX 6000 Ada"],
  ["RTX6000Ada", "RTX 6000 Ada"],
  ["NVIDIA RTX A6000", "RTX A6000"],
  ["RTX A6000", "RTX A6000"],
  ["A6000", "RTX A6000"],
  ["gpu_1x_a6000", "RTX A6000"],
  ["NVIDIA RTX A5000", "RTX A5000"],
  ["RTX A5000", "RTX A5000"],
  ["A5000", "RTX A5000"],
  ["NVIDIA RTX A4000", "RTX A4000"],
  ["RTX A4000", "RTX A4000"],
  ["A4000", "RTX A4000"],
  ["NVIDIA GeForce RTX 5090", "RTX 5090"],
  ["RTX 5090", "RTX 5090"],
  ["RTX5090", "RTX 5090"],
  ["NVIDIA GeForce RTX 4090", "RTX 4090"],
  ["RTX 4090", "RTX 4090"],
  ["RTX_4090", "RTX 4090"],
  ["RTX4090", "RTX 4090"],
  ["NVIDIA GeForce RTX 4080", "RTX 4080"],
  ["RTX 4080", "RTX 4080"],
  ["NVIDIA GeForce RTX 3090", "RTX 3090"],
  ["RTX 3090", "RTX 3090"],
  ["RTX3090", "RTX 3090"],
  ["NVIDIA GeForce RTX 3080", "RTX 3080"],
  ["RTX 3080", "RTX 3080"],
  ["NVIDIA GeForce RTX 2080 Ti", "RTX 2080 Ti"],
  ["RTX 2080 Ti", "RTX 2080 Ti"],
  ["RTX2080Ti", "RTX 2080 Ti"],
  ["AMD Instinct MI300X", "MI300X"],
  ["MI300X", "MI300X"],
  ["MI300X OAM", "MI300X"],
  ["Standard_ND96isr_MI300X_v5", "MI300X"],
  ["AMD Instinct MI325X", "MI325X"],
  ["MI325X", "MI325X"],
  ["AMD Instinct MI250X / MI250", "MI250X"],
  ["MI250X", "MI250X"],
  ["AMD Instinct MI210", "MI210"],
  ["MI210", "MI210"],
  ["Intel Gaudi 2", "Gaudi 2"],
  ["Gaudi2", "Gaudi 2"],
  ["HL-225", "Gaudi 2"],
  ["HL-225H", "Gaudi 2"],
  ["HLS-Gaudi2", "Gaudi 2"],
  ["Intel Gaudi 3", "Gaudi 3"],
  ["Gaudi3", "Gaudi 3"],
  ["HL-325L", "Gaudi 3"],
];

/** §8 rules-column traps and SKU-changing suffixes: [name, hints, reason fragment]. */
const unknownCases: readonly (readonly [name: string, hints: GpuHints, reason: string])[] = [
  ["GB200", {}, "Grace-Blackwell"],
  ["B300", {}, "B300"],
  ["GH200-GraceHopper-Superchip_GH200-144GB", {}, "144 GB HBM3e"],
  ["H800", {}, "China export"],
  ["A100X", {}, "converged accelerator"],
  ["NVIDIA A100X 80GB", {}, "converged accelerator"],
  ["Tesla V100S-PCIE-32GB", {}, "V100S"],
  ["Tesla P100-PCIE-12GB", {}, "12 GB does not match"],
  ["Tesla P100-SXM2-16GB", {}, "no SXM variant of P100"],
  ["Quadro RTX 6000", {}, "Quadro RTX 6000"],
  ["RTX6000", {}, "Quadro RTX 6000"],
  ["gpu_1x_rtx6000", {}, "Quadro RTX 6000"],
  ["RTX PRO 6000 Blackwell", {}, "RTX PRO 6000"],
  ["RTX PRO 6000 96GB", {}, "RTX PRO 6000"],
  ["RTX 5000 Ada", {}, "not RTX A5000"],
  ["RTX 4000 Ada", {}, "not RTX A4000"],
  ["RTX 5090 Laptop GPU", {}, "laptop"],
  ["RTX 4090 D", {}, "China variant"],
  ["NVIDIA GeForce RTX 4090D", {}, "China variant"],
  ["RTX 4090 Laptop GPU", {}, "laptop"],
  ["RTX 4090 Max-Q", {}, "laptop"],
  ["RTX 4090 Mobile", {}, "laptop"],
  ["RTX 4090", { vramGb: 48 }, "48 GB does not match"],
  ["RTX 4080 SUPER", {}, 'suffix "super"'],
  ["RTX 3090 Ti", {}, 'suffix "ti"'],
  ["RTX 3080 Ti", {}, 'suffix "ti"'],
  ["RTX 3080", { vramGb: 12 }, "12 GB does not match"],
  ["MI308X", {}, "MI308X"],
  ["MI250", {}, "non-X"],
  ["MI250X", { vramGb: 64 }, "one GCD"],
  ["HL-338", {}, "PCIe card"],
  ["H100 SXM5 94GB", {}, "94 GB does not match"],
  ["H100-NVLINK", {}, "interconnect"],
];

describe("resolveGpu: §8 aliases", () => {
  const aliasRows = aliasCases.map(([alias, model, hints]) => ({ alias, model, hints: hints ?? {} }));
  it.each(aliasRows)("$alias → $model", ({ alias, model, hints }) => {
    const resolution = resolveGpu(alias, hints);
    expect(resolution).toMatchObject({ status: "known", model, raw: alias });
    if (resolution.status === "known") expect(resolution.spec).toEqual(findModel(model));
  });

  it("covers every canonical model at least once", () => {
    const covered = new Set(aliasCases.map(([, model]) => model));
    expect(canonicalModels.filter((spec) => !covered.has(spec.model)).map((s) => s.model)).toEqual([]);
  });

  it.each([
    ["H100", "p5.48xlarge", "H100 SXM"],
    ["NVIDIA H100 80GB", "a3-highgpu-8g", "H100 SXM"],
    ["H100", "Standard_ND96isr_H100_v5", "H100 SXM"],
    ["H100", "Standard_NC40ads_H100_v5", "H100 NVL"],
    ["A100", "p4d.24xlarge", "A100 SXM 40GB"],
    ["NVIDIA A100", "a2-ultragpu-1g", "A100 SXM 80GB"],
    ["A10G", "g5.12xlarge", "A10G"],
    ["GPU", "g6e.2xlarge", "L40S"],
  ])("%s with instance type %s → %s (hintedByInstance)", (name, instanceType, model) => {
    expect(resolveGpu(name, { instanceType })).toMatchObject({ status: "known", model });
  });
});

describe("resolveGpu: disambiguation", () => {
  it("keeps a bare H100 80GB ambiguous between SXM and PCIe (§8 rule)", () => {
    expect(resolveGpu("H100 80GB")).toEqual({
      status: "ambiguous",
      raw: "H100 80GB",
      family: "H100",
      candidates: ["H100 SXM", "H100 PCIe"],
      reason: "H100 with 80 GB and no form factor or instance family to decide: H100 SXM or H100 PCIe",
    });
    expect(resolveGpu("NVIDIA H100", { vramGb: 79.6 })).toMatchObject({
      status: "ambiguous",
      candidates: ["H100 SXM", "H100 PCIe"],
    });
  });

  it("never collapses H100 NVL into H100: 94 GB selects NVL", () => {
    expect(resolveGpu("H100", { vramGb: 94 })).toMatchObject({ status: "known", model: "H100 NVL" });
    expect(resolveGpu("H100", { vramGb: 93.6 })).toMatchObject({ status: "known", model: "H100 NVL" });
    expect(resolveGpu("H100")).toMatchObject({
      status: "ambiguous",
      candidates: ["H100 SXM", "H100 PCIe", "H100 NVL"],
    });
  });

  it("decides A100 40 vs 80 GB by memory, including MiB and usable sizes", () => {
    expect(resolveGpu("A100 SXM4", { vramGb: 40 })).toMatchObject({
      model: "A100 SXM 40GB",
      vramSnapped: true,
    });
    expect(resolveGpu("A100 SXM4", { vramGb: 81920 })).toMatchObject({ model: "A100 SXM 80GB" });
    expect(resolveGpu("A100 PCIE", { vramGb: 39.4 })).toMatchObject({ model: "A100 PCIe 40GB" });
    expect(resolveGpu("A100 PCIE 81920MiB")).toMatchObject({ model: "A100 PCIe 80GB" });
    expect(resolveGpu("A100 SXM4")).toMatchObject({
      status: "ambiguous",
      candidates: ["A100 SXM 80GB", "A100 SXM 40GB"],
    });
    expect(resolveGpu("A100 80GB")).toMatchObject({
      status: "ambiguous",
      candidates: ["A100 SXM 80GB", "A100 PCIe 80GB"],
    });
  });

  it("lets reported memory override a Lambda type's default (§8: parse memory from the description)", () => {
    expect(resolveGpu("gpu_1x_a100_sxm4", { vramGb: 80 })).toMatchObject({ model: "A100 SXM 80GB" });
    expect(resolveGpu("A100", { instanceType: "gpu_1x_a100_sxm4" })).toMatchObject({
      model: "A100 SXM 40GB",
    });
  });

  it("snaps memory within ±7% and refuses anything further", () => {
    expect(resolveGpu("B200", { vramGb: 192 })).toMatchObject({
      status: "known",
      model: "B200",
      vramSnapped: true,
    });
    expect(resolveGpu("L4", { vramGb: 22.35 })).toMatchObject({ status: "known", model: "L4" });
    expect(resolveGpu("L4", { vramGb: 22.3 })).toMatchObject({ status: "unknown" });
    expect(resolveGpu("H200", { vramGb: 131.2 })).toMatchObject({ status: "known", model: "H200 SXM" });
    expect(resolveGpu("H200", { vramGb: 130 })).toMatchObject({ status: "unknown" });
    expect(resolveGpu("RTX 4090")).toMatchObject({ status: "known", vramSnapped: false });
  });

  it("reports the memory an off-table size really has", () => {
    expect(resolveGpuDetailed("Tesla V100-PCIE-32GB")).toMatchObject({
      resolution: { status: "known", model: "V100 PCIe 16GB" },
      vramGb: 32,
    });
    expect(resolveGpuDetailed("MI325X", { vramGb: 288 })).toMatchObject({
      resolution: { status: "known", model: "MI325X" },
      vramGb: 256,
    });
    expect(resolveGpuDetailed("H100 SXM", { vramGb: 79.6 }).vramGb).toBe(80);
    expect(resolveGpuDetailed("H100 80GB").vramGb).toBe(80);
    expect(resolveGpuDetailed("Mystery GPU", { vramGb: 40 }).vramGb).toBe(40);
    expect(resolveGpuDetailed("NVIDIA GH200 480GB").vramGb).toBe(96);
  });

  it("does not default a bare V100 to a memory size", () => {
    expect(resolveGpu("V100")).toMatchObject({
      status: "ambiguous",
      candidates: ["V100 SXM2 16GB", "V100 SXM2 32GB"],
    });
    expect(resolveGpu("Tesla V100", { vramGb: 32 })).toMatchObject({ model: "V100 SXM2 32GB" });
  });

  it("lets the name win over a conflicting instance family", () => {
    expect(resolveGpu("A10", { instanceType: "g5.xlarge" })).toMatchObject({ model: "A10" });
    expect(resolveGpu("H800", { instanceType: "p5.48xlarge" })).toMatchObject({ status: "unknown" });
  });
});

describe("resolveGpu: non-matches", () => {
  it.each(unknownCases)("%s is unknown (%s)", (name, hints, reason) => {
    const resolution = resolveGpu(name, hints);
    expect(resolution.status).toBe("unknown");
    expect(resolution.raw).toBe(name);
    if (resolution.status === "unknown") expect(resolution.reason).toContain(reason);
  });

  it.each([
    "Radeon RX 7900 XTX",
    "Tesla P4",
    "A800 80GB",
    "H20",
    "RTX 3070",
    "M4000",
    "Nvidia Tesla K80",
    "TPU v5e",
  ])("keeps %s unknown with the raw string", (name) => {
    const resolution = resolveGpu(name);
    expect(resolution).toMatchObject({ status: "unknown", raw: name });
    if (resolution.status === "unknown") expect(resolution.reason.length).toBeGreaterThan(10);
  });

  it("explains names without a GPU model", () => {
    expect(resolveGpu("NVIDIA GPU")).toEqual({
      status: "unknown",
      raw: "NVIDIA GPU",
      reason: "no GPU model in the name",
    });
  });
});

describe("canonicalModels / findModel", () => {
  it("lists the 41 models with derived families and form factors", () => {
    expect(canonicalModels).toHaveLength(41);
    expect(findModel("h100 nvl")).toEqual({
      model: "H100 NVL",
      vendor: "NVIDIA",
      family: "H100",
      formFactor: "NVL",
      vramGb: 94,
    });
    expect(findModel("V100 PCIe 16GB")).toMatchObject({ family: "V100", formFactor: "PCIe", vramGb: 16 });
    expect(findModel("GH200")).toMatchObject({ formFactor: "superchip", vramGb: 96 });
    expect(findModel("MI300X")).toMatchObject({ vendor: "AMD", formFactor: "OAM" });
    expect(findModel("Gaudi 3")).toMatchObject({ vendor: "Intel", family: "Gaudi 3" });
    expect(findModel("H100")).toBeNull();
  });
});

/** name aliases only: cloud ids are exact identifiers whose separators carry meaning */
const nameAliases = aliasCases.filter(
  ([alias]) => !/^(gpu_\d+x_|nvidia-|standard_)|^[ag]\d-[a-z]+-\d+g?$/i.test(alias) && !alias.includes("."),
);

function vary(alias: string, flips: readonly boolean[], separators: readonly string[]): string {
  let sepIndex = 0;
  const withSeparators = alias.replace(/[\s_-]+/g, () => separators[sepIndex++ % separators.length] ?? " ");
  return [...withSeparators]
    .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
    .join("");
}

describe("resolveGpu: properties", () => {
  it("varies every plain-name alias (cloud ids excluded)", () => {
    expect(aliasCases).toHaveLength(172);
    expect(nameAliases).toHaveLength(117);
    expect(nameAliases.map(([a]) => a)).toContain("B200-SXM-180GB");
    expect(nameAliases.map(([a]) => a)).not.toContain("a3-highgpu-8g");
  });

  it("Property: resolution is deterministic (same input, same result; cache-independent)", () => {
    const names = fc.oneof(
      fc.constantFrom(...aliasCases.map(([a]) => a), ...unknownCases.map(([n]) => n)),
      fc.string(),
    );
    fc.assert(
      fc.property(names, fc.option(fc.double({ min: 1, max: 300, noNaN: true })), (name, vramGb) => {
        const first = resolveGpu(name, { vramGb });
        expect(resolveGpu(name, { vramGb })).toEqual(first);
        // surrounding whitespace is a different cache key but the same trimmed input
        const padded = resolveGpu(`  ${name}\t`, { vramGb });
        if (name.trim() === name) expect(padded).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("Property: case and separator variations of a known alias resolve identically", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nameAliases),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(" ", "_", "-", "  ", " - "), { minLength: 1, maxLength: 4 }),
        ([alias, model, hints], flips, separators) => {
          const variant = vary(alias, flips, separators);
          expect(resolveGpu(variant, hints)).toMatchObject({ status: "known", model, raw: variant });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("Property: a reported memory only snaps onto a variant within 7% of its table size", () => {
    // model keys without their memory word, so the reported size is the only memory evidence
    const names = canonicalModels.map((spec) => spec.model.replace(/ \d+GB$/, ""));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.double({ min: 1, max: 400, noNaN: true }), (name, vramGb) => {
        const resolution = resolveGpu(name, { vramGb });
        if (resolution.status === "known" && resolution.vramSnapped) {
          expect(Math.abs(vramGb - resolution.spec.vramGb)).toBeLessThanOrEqual(
            0.07 * resolution.spec.vramGb + 1e-9,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
