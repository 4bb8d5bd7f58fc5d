import { describe, expect, it } from "vitest";
import { lookup } from "./lookup";
import { resolveGpu } from "./resolve";

describe("table lookups keyed by user text", () => {
  it("never return Object.prototype members", () => {
    expect(lookup({ a: 1 }, "__proto__")).toBeUndefined();
    expect(lookup({ a: 1 }, "constructor")).toBeUndefined();
    expect(lookup({ a: 1 }, "a")).toBe(1);
  });

  it("keep prototype-like GPU names unknown", () => {
    for (const raw of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(resolveGpu(raw)).toMatchObject({ status: "unknown", raw });
    }
  });
});
