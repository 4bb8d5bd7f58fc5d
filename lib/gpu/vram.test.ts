import { describe, expect, it } from "vitest";
import { reportedVramGb, VRAM_TOLERANCE, vramMatches } from "./vram";

describe("vram matching", () => {
  it("converts MiB values and drops absent or invalid ones", () => {
    expect(reportedVramGb(81920)).toBe(80);
    expect(reportedVramGb(81559)).toBeCloseTo(79.647, 3);
    expect(reportedVramGb(79.6)).toBe(79.6);
    expect(reportedVramGb(null)).toBeNull();
    expect(reportedVramGb(undefined)).toBeNull();
    expect(reportedVramGb(0)).toBeNull();
    expect(reportedVramGb(Number.NaN)).toBeNull();
  });

  it("matches within ±7% of the canonical size", () => {
    expect(VRAM_TOLERANCE).toBe(0.07);
    expect(vramMatches(192, 180)).toBe(true);
    expect(vramMatches(74.4, 80)).toBe(true);
    expect(vramMatches(74.3, 80)).toBe(false);
    expect(vramMatches(94, 80)).toBe(false);
    expect(vramMatches(40, 80)).toBe(false);
  });
});
