import { describe, expect, it } from "vitest";
import { extractDuration } from "./duration";
import { createWorkloadContext } from "./workload-context";

const duration = (text: string) => extractDuration(createWorkloadContext(text));

describe("extractDuration", () => {
  it.each([
    ["for 1 hour", 1],
    ["90 minutes", 1.5],
    ["about 45 mins", 0.75],
    ["two and a half hours", 2.5],
    ["an hour and a half", 1.5],
    ["half an hour", 0.5],
    ["1h30m", 1.5],
    ["1h30", 1.5],
    ["1 hour 30 minutes", 1.5],
    ["for 6h", 6],
    ["3 days", 72],
    ["two weeks", 336],
    ["a month", 730],
    ["6 months", 4380],
    ["a fortnight", 336],
    ["a couple of days", 48],
    ["in under an hour", 1],
    ["a 6 hour job", 6],
    ["for 3d", 72],
  ])("reads %s as %d hours", (text, hours) => {
    expect(duration(text)).toBe(hours);
  });

  it("takes the upper bound of a range", () => {
    expect(duration("for 2-3 hours")).toBe(3);
    expect(duration("2 to 4 days")).toBe(96);
  });

  it.each([
    "overnight",
    "asap",
    "for a while",
    "by Friday",
    "24/7",
    "a few hours",
    "over the weekend",
    "per hour",
  ])("never guesses a length for %s", (text) => {
    expect(duration(text)).toBeNull();
  });

  it("prefers the length introduced by for / in / within", () => {
    expect(duration("a 2 hour task, needed within 5 hours")).toBe(5);
  });

  it("does not read a 3D scene or thirty million tokens as time", () => {
    expect(duration("render my 3d scene")).toBeNull();
    expect(duration("30m tokens")).toBeNull();
  });
});
