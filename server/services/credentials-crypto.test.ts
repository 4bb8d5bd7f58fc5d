import { describe, expect, it } from "vitest";
import { decryptJson, encryptJson, parseKey } from "./credentials-crypto";

const key = parseKey("11".repeat(32));

describe("credential encryption (AES-256-GCM)", () => {
  it("round-trips and never stores plaintext", () => {
    const blob = encryptJson({ apiKey: "sk-secret-123" }, key);
    expect(blob).not.toContain("sk-secret");
    expect(Buffer.from(blob, "base64").toString("latin1")).not.toContain("sk-secret");
    expect(decryptJson(blob, key)).toEqual({ apiKey: "sk-secret-123" });
  });

  it("uses a fresh IV per encryption", () => {
    expect(encryptJson({ a: 1 }, key)).not.toBe(encryptJson({ a: 1 }, key));
  });

  it("rejects a tampered blob and a wrong key", () => {
    const raw = Buffer.from(encryptJson({ apiKey: "x" }, key), "base64");
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => decryptJson(raw.toString("base64"), key)).toThrow();
    expect(() => decryptJson(encryptJson({ a: 1 }, key), parseKey("22".repeat(32)))).toThrow();
  });

  it("accepts base64 keys and refuses short ones", () => {
    expect(parseKey(Buffer.alloc(32, 7).toString("base64"))).toHaveLength(32);
    expect(() => parseKey("abcd")).toThrow(/32 bytes/);
  });
});
