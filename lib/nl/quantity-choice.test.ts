import { describe, expect, it } from "vitest";
import type { MediaAmount } from "./media";
import type { CountCandidate } from "./quantity";
import { chooseQuantity, tidy } from "./quantity-choice";

const count = (
  value: number | null,
  unit: CountCandidate["unit"],
  from = 0,
  extra: Partial<CountCandidate> = {},
) => ({ value, unit, per: null, explicit: true, from, ...extra }) satisfies CountCandidate;
const audio = (hours: number, spokenUnit: MediaAmount["spokenUnit"], from = 0): MediaAmount => ({
  kind: "audio",
  hours,
  spokenUnit,
  from,
  to: from + 1,
  detached: null,
});

describe("chooseQuantity", () => {
  it("prefers the unit the workload is measured in", () => {
    const options = [count(3, "epochs", 0), count(50_000, "samples", 5)];
    expect(chooseQuantity(options, [], "fine_tuning", null)).toEqual({
      quantity: 50_000,
      unit: "samples",
      perHour: null,
    });
  });

  it("prefers a stated number over an implicit 'a'", () => {
    const options = [count(1, "images", 0, { explicit: false })];
    const video: MediaAmount = {
      kind: "video",
      hours: 5 / 3600,
      spokenUnit: "second",
      from: 3,
      to: 5,
      detached: null,
    };
    expect(chooseQuantity(options, [video], "video_generation", null)).toEqual({
      quantity: 5,
      unit: "video_seconds",
      perHour: null,
    });
  });

  it("keeps audio in the unit the user spoke", () => {
    expect(chooseQuantity([], [audio(5, "minute")], "transcription", null).unit).toBe("audio_minutes");
    expect(chooseQuantity([], [audio(5, "minute")], "transcription", null).quantity).toBe(300);
    expect(chooseQuantity([], [audio(48, "hour")], "transcription", null)).toEqual({
      quantity: 48,
      unit: "audio_hours",
      perHour: null,
    });
  });

  it("multiplies a rate by the duration, or keeps only the rate", () => {
    const rate = [count(200, "images", 0, { per: "hour" })];
    expect(chooseQuantity(rate, [], "image_generation", 6)).toEqual({
      quantity: 1200,
      unit: "images",
      perHour: 200,
    });
    expect(chooseQuantity(rate, [], "image_generation", null)).toEqual({
      quantity: null,
      unit: "images",
      perHour: 200,
    });
    const daily = [count(1000, "requests", 0, { per: "day" })];
    expect(chooseQuantity(daily, [], "llm_inference", 168)?.quantity).toBe(7000);
  });

  it("returns nothing for no or only vague amounts", () => {
    expect(chooseQuantity([], [], "other", null)).toEqual({ quantity: null, unit: null, perHour: null });
    expect(chooseQuantity([count(null, "images")], [], "image_generation", null).quantity).toBeNull();
  });

  it("tidies binary noise to twelve significant digits", () => {
    expect(tidy(49.99999999999999)).toBe(50);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
  });
});
