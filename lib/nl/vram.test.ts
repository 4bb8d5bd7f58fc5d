import { describe, expect, it } from "vitest";
import { extractGpu } from "./gpu";
import { extractMinVram } from "./vram";
import { createWorkloadContext } from "./workload-context";

const vram = (text: string) => {
  const ctx = createWorkloadContext(text);
  extractGpu(ctx);
  return extractMinVram(ctx);
};

describe("extractMinVram", () => {
  it.each([
    ["at least 48GB VRAM", 48],
    ["48 gigs of vram", 48],
    ["4 GPUs with 80GB each", 80],
    ["16gb+ VRAM", 16],
    ["a single 48gb card", 48],
    ["a GPU with at least 40 GB of memory", 40],
    ["vram of 24gb", 24],
  ])("reads %s", (text, gb) => {
    expect(vram(text)).toBe(gb);
  });

  it("ignores sizes of GPU names, RAM, disks and data", () => {
    expect(vram("an A100 80GB")).toBeNull();
    expect(vram("512GB RAM")).toBeNull();
    expect(vram("a 40GB model file")).toBeNull();
    expect(vram("2TB of images")).toBeNull();
  });
});
