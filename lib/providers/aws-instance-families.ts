/**
 * EC2 instance family → accelerator. The bulk price list does not name the GPU (`gpuMemory` is
 * "NA", providers.md §15), so the family prefix of `instanceType` decides it.
 *
 * Source: shared/reference/gpu-benchmarks.md §8 "Canonical names and provider aliases" (AWS
 * entries: p6-b200 → B200, p5 → H100 SXM, p5e/p5en → H200 SXM, p4de → A100 SXM 80GB, p4d → A100 SXM
 * 40GB, p3dn → V100 SXM2 32GB, p3 → V100 SXM2 16GB, g6e → L40S, g6/gr6 → L4 ("use 24 GB"), g5 →
 * A10G, g4dn → T4, g5g → T4G). p6-b300 is kept as B300 (§8: never map it to B200) so identity
 * resolution flags it instead of guessing. Memory is given only where §8 (or the alias it lists)
 * states it; otherwise null and the canonical size applies.
 */

export interface AwsAccelerator {
  /** accelerator name the family implies, in the device-name spelling §8 lists */
  gpuName: string;
  vramPerGpuGb: number | null;
}

export const awsInstanceFamilies: Readonly<Record<string, AwsAccelerator>> = {
  "p6-b300": { gpuName: "NVIDIA B300", vramPerGpuGb: null },
  "p6-b200": { gpuName: "NVIDIA B200", vramPerGpuGb: 180 },
  p5en: { gpuName: "NVIDIA H200", vramPerGpuGb: 141 },
  p5e: { gpuName: "NVIDIA H200", vramPerGpuGb: 141 },
  p5: { gpuName: "NVIDIA H100 80GB HBM3", vramPerGpuGb: 80 },
  p4de: { gpuName: "NVIDIA A100-SXM4-80GB", vramPerGpuGb: 80 },
  p4d: { gpuName: "NVIDIA A100-SXM4-40GB", vramPerGpuGb: 40 },
  p3dn: { gpuName: "Tesla V100-SXM2-32GB", vramPerGpuGb: 32 },
  p3: { gpuName: "Tesla V100-SXM2-16GB", vramPerGpuGb: 16 },
  g6e: { gpuName: "NVIDIA L40S", vramPerGpuGb: null },
  g6: { gpuName: "NVIDIA L4", vramPerGpuGb: 24 },
  gr6: { gpuName: "NVIDIA L4", vramPerGpuGb: 24 },
  g5: { gpuName: "NVIDIA A10G", vramPerGpuGb: null },
  g5g: { gpuName: "NVIDIA T4G", vramPerGpuGb: null },
  g4dn: { gpuName: "Tesla T4", vramPerGpuGb: null },
};

/** "p4d.24xlarge" → family "p4d" → its accelerator, or null when the family is not in the table. */
export function awsAcceleratorFor(instanceType: string): AwsAccelerator | null {
  const family = instanceType.split(".")[0] ?? "";
  return awsInstanceFamilies[family] ?? null;
}
