/**
 * Per-family disambiguation rules from the "disambiguation rule" column of
 * reference/gpu-benchmarks.md §8. Families without an entry follow the generic rule: form factor and
 * memory filter the variants; one left = known, several = ambiguous, none = unknown.
 */
import type { FormFactor } from "./types";

export interface FamilyRule {
  /**
   * Form factor assumed when the name states none. Only where §8 lists the bare family name as an
   * alias of one variant; H100 and A100 deliberately have none (bare "H100 80GB" is ambiguous).
   */
  defaultFormFactor?: FormFactor;
  /** extra form-factor tokens providers use for this family (e.g. Vast "GH200 SXM") */
  acceptedFormFactors?: readonly FormFactor[];
  /** memory sizes in a name that are not GPU memory (GH200 "480GB" = Grace CPU LPDDR5X) */
  ignoredMemoryGb?: readonly number[];
  /** reported memory sizes that identify a known non-table SKU → unknown with this reason */
  memoryTraps?: readonly { gb: number; reason: string }[];
  /**
   * reported memory sizes accepted for one variant although they differ from its row, with the
   * memory the offer really has. `requiresFormFactor`: only when the name states that form factor.
   */
  acceptedMemory?: readonly {
    model: string;
    reportedGb: number;
    actualGb: number;
    requiresFormFactor: boolean;
  }[];
}

export const familyRules: Readonly<Record<string, FamilyRule>> = {
  // §8: "NVIDIA H200"/"H200" = H200 SXM; the NVL card always says NVL
  H200: { defaultFormFactor: "SXM" },
  // §8: bare "V100" and GCP nvidia-tesla-v100 = V100 SXM2; "V100-32GB" = SXM2 32GB
  V100: {
    defaultFormFactor: "SXM",
    // §8 lists "Tesla V100-PCIE-32GB (32 GB variant)" under the V100 PCIe 16GB row
    acceptedMemory: [{ model: "V100 PCIe 16GB", reportedGb: 32, actualGb: 32, requiresFormFactor: true }],
  },
  GH200: {
    acceptedFormFactors: ["SXM"],
    ignoredMemoryGb: [480],
    memoryTraps: [
      {
        gb: 144,
        reason: "GH200 with 144 GB HBM3e is the 4.9 TB/s variant; the table row is the 96 GB HBM3 part",
      },
    ],
  },
  MI250X: {
    memoryTraps: [
      {
        gb: 64,
        reason: "MI250X 64GB is one GCD (half an OAM package); the table row is the full 128 GB package",
      },
    ],
  },
  // §7/§8: gpuhunt's 288 GB for MI325X is an outdated announcement; the shipping part has 256 GB
  MI325X: {
    acceptedMemory: [{ model: "MI325X", reportedGb: 288, actualGb: 256, requiresFormFactor: false }],
  },
};
