import { describe, expect, it } from "vitest";
import { extractMediaAmounts } from "./media";
import { createWorkloadContext } from "./workload-context";

const media = (text: string) =>
  extractMediaAmounts(createWorkloadContext(text)).map(({ kind, hours, spokenUnit }) => ({
    kind,
    hours,
    spokenUnit,
  }));

describe("extractMediaAmounts", () => {
  it("reads '<length> of <audio>'", () => {
    expect(media("transcribe 40 hours of podcasts")).toEqual([
      { kind: "audio", hours: 40, spokenUnit: "hour" },
    ]);
    expect(media("300 minutes of audio")).toEqual([{ kind: "audio", hours: 5, spokenUnit: "minute" }]);
    expect(media("2 days of audio")).toEqual([{ kind: "audio", hours: 48, spokenUnit: "hour" }]);
  });

  it("reads a length used as an adjective", () => {
    expect(media("a 2 hour interview")).toEqual([{ kind: "audio", hours: 2, spokenUnit: "hour" }]);
    expect(media("a short 30 second video")).toEqual([
      { kind: "video", hours: 30 / 3600, spokenUnit: "second" },
    ]);
    expect(media("into a 5s clip")).toEqual([{ kind: "video", hours: 5 / 3600, spokenUnit: "second" }]);
  });

  it("multiplies count by length", () => {
    expect(media("ten 5-second videos")[0]?.hours).toBeCloseTo(50 / 3600, 12);
    expect(media("5 videos of 10 seconds each")[0]?.hours).toBeCloseTo(50 / 3600, 12);
    expect(media("4 videos, 8 seconds each")[0]?.hours).toBeCloseTo(32 / 3600, 12);
    expect(media("10 podcasts, each about 45 minutes")).toEqual([
      { kind: "audio", hours: 7.5, spokenUnit: "minute" },
    ]);
    expect(media("50 clips with hunyuan, 5s each")[0]?.hours).toBeCloseTo(250 / 3600, 12);
    expect(media("3 videos in Blender, each 2 minutes long")).toEqual([
      { kind: "video", hours: 0.1, spokenUnit: "minute" },
    ]);
    expect(media("3 x 1 hour webinars")).toEqual([{ kind: "audio", hours: 3, spokenUnit: "hour" }]);
  });

  it("ignores counts without a per-item length and lengths of non-media", () => {
    expect(media("20 clips, 3 days in frankfurt")).toEqual([]);
    expect(media("3 days of compute")).toEqual([]);
    expect(media("a 6 hour job")).toEqual([]);
  });
});
