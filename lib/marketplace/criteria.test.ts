import { describe, expect, it } from "vitest";
import { marketplaceCriteriaTypes, marketplaceCriterionNames } from "@/lib/math/topsis-input";
import { criteriaRow, criterionColumns } from "./criteria";

describe("marketplace criteria row", () => {
  it("follows the math core's default criteria order and directions", () => {
    expect(marketplaceCriterionNames.map((n) => n.toLowerCase())).toEqual([...criterionColumns]);
    expect(marketplaceCriteriaTypes).toEqual(["cost", "benefit", "benefit", "benefit", "benefit"]);
  });

  it("maps an offer to concrete criterion values", () => {
    expect(
      criteriaRow({
        price_per_gpu_hour: 2.5,
        gpu_count: 8,
        availability_status: "limited",
        reliability: null,
        compliance_tags: ["soc2", "hipaa"],
        tflops_per_gpu: 989,
      }),
    ).toEqual([2.5, 7912, 0.6, 0.8, 3]);
  });

  it("keeps every column strictly positive for unknown GPUs and free offers", () => {
    const row = criteriaRow({
      price_per_gpu_hour: 0,
      gpu_count: 1,
      availability_status: "weird",
      reliability: 0,
      compliance_tags: [],
      tflops_per_gpu: null,
    });
    expect(row[0]).toBeGreaterThan(0);
    expect(row[1]).toBe(1);
    expect(row[2]).toBe(0.4);
  });
});
