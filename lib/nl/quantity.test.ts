import { describe, expect, it } from "vitest";
import { extractCounts } from "./quantity";
import { createWorkloadContext } from "./workload-context";

const counts = (text: string) =>
  extractCounts(createWorkloadContext(text)).map(({ value, unit, per, explicit }) => ({
    value,
    unit,
    per,
    explicit,
  }));

describe("extractCounts", () => {
  it.each([
    ["process 10 AI images", 10, "images"],
    ["2M tokens", 2_000_000, "tokens"],
    ["10,000 pdfs", 10_000, "documents"],
    ["a dozen anime avatars", 12, "images"],
    ["1.5k thumbnails", 1500, "images"],
    ["50k instruction pairs", 50_000, "samples"],
    ["240 frames", 240, "frames"],
    ["3 epochs", 3, "epochs"],
    ["1,500 mp3 files", 1500, "documents"],
    ["10k API calls", 10_000, "requests"],
    ["illustrations x 250", 250, "images"],
    ["imges: 40", 40, "images"],
    ["48 4k wallpapers", 48, "images"],
    ["25k SDXL renders", 25_000, "images"],
  ])("reads %s", (text, value, unit) => {
    expect(counts(text)).toEqual([{ value, unit, per: null, explicit: true }]);
  });

  it("reads rates", () => {
    expect(counts("200 images per hour")).toEqual([
      { value: 200, unit: "images", per: "hour", explicit: true },
    ]);
    expect(counts("1k requests a day")).toEqual([
      { value: 1000, unit: "requests", per: "day", explicit: true },
    ]);
    expect(counts("10 images/min")).toEqual([{ value: 10, unit: "images", per: "minute", explicit: true }]);
  });

  it("reads 'a/an <image or video>' as an implicit one", () => {
    expect(counts("make me a video")).toEqual([{ value: 1, unit: "videos", per: null, explicit: false }]);
    expect(counts("a request")).toEqual([]);
  });

  it("records vague amounts with a null value", () => {
    expect(counts("hundreds of images")).toEqual([
      { value: null, unit: "images", per: null, explicit: true },
    ]);
  });

  it("does not count time, money or unknown nouns", () => {
    expect(counts("for 10 hours")).toEqual([]);
    expect(counts("generate 20 songs")).toEqual([]);
    expect(counts("10 for images")).toEqual([]);
  });
});
