import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  decimalStringSchema,
  formatIssues,
  numberOrDecimalStringSchema,
  parsePayload,
} from "./parse-helpers";

describe("parsePayload", () => {
  const schema = z.looseObject({ items: z.array(z.looseObject({ price: z.number() })) });

  it("returns the validated payload, keeping unknown keys", () => {
    expect(parsePayload(schema, { items: [{ price: 1, extra: "x" }], more: true }, "demo", "list")).toEqual({
      items: [{ price: 1, extra: "x" }],
      more: true,
    });
  });

  it("throws an Error naming provider, payload and path", () => {
    expect(() => parsePayload(schema, { items: [{ price: "1" }] }, "demo", "list")).toThrow(
      /^demo: unexpected list payload: items\.0\.price: /,
    );
    expect(() => parsePayload(schema, null, "demo", "list")).toThrow(
      /demo: unexpected list payload: \(root\): /,
    );
  });

  it("formats at most five issues", () => {
    const result = z.array(z.number()).safeParse(["a", "b", "c", "d", "e", "f"]);
    if (result.success) throw new Error("expected failure");
    expect(formatIssues(result.error).split("; ")).toHaveLength(5);
  });
});

describe("decimal string codecs", () => {
  it("decode decimal strings and reject anything else", () => {
    expect(decimalStringSchema.parse("55.0400000000")).toBe(55.04);
    expect(decimalStringSchema.parse("-2")).toBe(-2);
    expect(decimalStringSchema.safeParse("1e3").success).toBe(false);
    expect(decimalStringSchema.safeParse("").success).toBe(false);
    expect(decimalStringSchema.safeParse(3).success).toBe(false);
    expect(numberOrDecimalStringSchema.parse(3.5)).toBe(3.5);
    expect(numberOrDecimalStringSchema.parse("3.5")).toBe(3.5);
  });
});
