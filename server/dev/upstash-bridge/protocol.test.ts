import { describe, expect, it } from "vitest";
import { commandListSchema, commandSchema, encodeReply, toRedisArgs } from "./protocol";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("encodeReply", () => {
  it("base64-encodes every string at any depth and keeps numbers and nil", () => {
    const reply = [
      Buffer.from("0"),
      [Buffer.from("k1"), Buffer.from("ключ")],
      42,
      null,
      [[Buffer.from("x")]],
    ];
    expect(encodeReply(reply, "base64")).toEqual([
      b64("0"),
      [b64("k1"), b64("ключ")],
      42,
      null,
      [[b64("x")]],
    ]);
  });

  it("keeps binary values byte for byte", () => {
    const bytes = Buffer.from([0xff, 0x00, 0xfe]);
    expect(Buffer.from(String(encodeReply(bytes, "base64")), "base64")).toEqual(bytes);
  });

  it("writes plain UTF-8 without the encoding header", () => {
    expect(encodeReply([Buffer.from("OK"), 1, null], "utf8")).toEqual(["OK", 1, null]);
    expect(encodeReply(undefined, "utf8")).toBeNull();
    expect(encodeReply(10n, "utf8")).toBe(10);
    expect(encodeReply([new Error("ERR nested")], "utf8")).toEqual(["ERR nested"]);
  });
});

describe("command bodies", () => {
  it("accepts arrays of strings, numbers and booleans and stringifies them", () => {
    const command = commandSchema.parse(["SET", "k", 1.5, true]);
    expect(toRedisArgs(command)).toEqual(["SET", "k", "1.5", "true"]);
  });

  it("rejects empty commands, objects and nulls", () => {
    expect(commandSchema.safeParse([]).success).toBe(false);
    expect(commandSchema.safeParse(["SET", { a: 1 }]).success).toBe(false);
    expect(commandSchema.safeParse(["GET", null]).success).toBe(false);
    expect(commandSchema.safeParse("GET k").success).toBe(false);
    expect(commandListSchema.safeParse([]).success).toBe(false);
    expect(commandListSchema.safeParse([["GET", "k"], "PING"]).success).toBe(false);
  });
});
