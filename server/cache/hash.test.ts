import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, fnv1a64, hashFilters } from "./hash";

describe("fnv1a64", () => {
  it("matches the reference FNV-1a 64-bit test vectors", () => {
    // http://www.isthe.com/chongo/src/fnv/test_fnv.c
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes UTF-8 bytes, not UTF-16 code units", () => {
    // "é" is C3 A9 in UTF-8; hashing the two bytes by hand gives the same digest
    let h = 0xcbf29ce484222325n;
    for (const byte of [0xc3, 0xa9]) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
    expect(fnv1a64("é")).toBe(h.toString(16).padStart(16, "0"));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[2,{"z":1}]},"b":1}',
    );
  });

  it("keeps array order and uses toJSON", () => {
    expect(canonicalJson(["H100", "A100"])).not.toBe(canonicalJson(["A100", "H100"]));
    expect(canonicalJson({ at: new Date("2026-01-02T03:04:05Z") })).toBe('{"at":"2026-01-02T03:04:05.000Z"}');
    expect(canonicalJson(undefined)).toBe("null");
  });
});

describe("hashFilters", () => {
  const filters = fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
    { maxKeys: 8 },
  );

  it("is independent of key order", () => {
    fc.assert(
      fc.property(filters, (f) => {
        const reversed = Object.fromEntries(Object.entries(f).reverse());
        expect(hashFilters(reversed)).toBe(hashFilters(f));
      }),
      { numRuns: 200 },
    );
  });

  it("is 16 hex digits and differs for different canonical forms", () => {
    fc.assert(
      fc.property(filters, filters, (a, b) => {
        expect(hashFilters(a)).toMatch(/^[0-9a-f]{16}$/);
        if (canonicalJson(a) !== canonicalJson(b)) expect(hashFilters(a)).not.toBe(hashFilters(b));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same hash for the same filters written differently", () => {
    expect(hashFilters({ gpu_type: "H100", max_price: 2.5, region: undefined })).toBe(
      hashFilters({ max_price: 2.5, gpu_type: "H100" }),
    );
    expect(hashFilters({ gpu_type: "H100" })).not.toBe(hashFilters({ gpu_type: "A100" }));
  });
});
