import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gpuCountForMemory, usableVramGb } from "./sizing";

describe("gpuCountForMemory", () => {
  it("keeps 10 % headroom: 147.6 GB needs 4 × H100 80 GB (2 × 72 = 144 is short) but 2 × H200 141 GB", () => {
    expect(usableVramGb(80)).toBe(72);
    expect(gpuCountForMemory(147.6, 0, 80, 8)).toBe(4);
    expect(gpuCountForMemory(147.6, 0, 141, 8)).toBe(2);
    expect(gpuCountForMemory(21.6, 0, 24, 8)).toBe(1);
  });

  it("returns null past maxGpus, for per-GPU needs above one card, and for zero VRAM", () => {
    expect(gpuCountForMemory(600, 0, 80, 8)).toBeNull();
    expect(gpuCountForMemory(10, 30, 24, 64)).toBeNull();
    expect(gpuCountForMemory(1, 0, 0, 8)).toBeNull();
  });

  it("adds the per-GPU part to every GPU's share (ZeRO-3 states + own activations)", () => {
    // 112 GB of states + 2 GB per GPU on 24 GB cards (21.6 usable): 112/8 + 2 = 16 fits, 112/4 + 2 = 30 does not.
    expect(gpuCountForMemory(112, 2, 24, 64)).toBe(8);
  });

  it("property: the count is a power of two and the smallest that fits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.constantFrom(8, 16, 24, 40, 48, 80, 141, 192),
        (sharded, perGpu, vram) => {
          const n = gpuCountForMemory(sharded, perGpu, vram, 64);
          if (n === null) {
            expect(sharded / 64 + perGpu).toBeGreaterThan(usableVramGb(vram));
            return;
          }
          expect(Number.isInteger(Math.log2(n))).toBe(true);
          expect(sharded / n + perGpu).toBeLessThanOrEqual(usableVramGb(vram));
          if (n > 1) expect(sharded / (n / 2) + perGpu).toBeGreaterThan(usableVramGb(vram));
        },
      ),
      { numRuns: 200 },
    );
  });
});
