import { describe, expect, it } from "vitest";
import { ScriptShas, sha1Hex, stripUpstashShebang } from "./scripts";

// The first lines of @upstash/ratelimit 2.x's sliding-window script.
const ratelimitScript = `#!lua flags=allow-key-locking
  local currentKey  = KEYS[1]
  return redis.call("GET", currentKey)`;

describe("stripUpstashShebang", () => {
  it("drops a shebang that only carries Upstash's flag, keeping the newline", () => {
    const stripped = stripUpstashShebang(ratelimitScript);
    expect(stripped).toBe(`\n  local currentKey  = KEYS[1]\n  return redis.call("GET", currentKey)`);
    expect(stripped.split("\n")).toHaveLength(ratelimitScript.split("\n").length);
  });

  it("keeps the flags Redis knows", () => {
    expect(stripUpstashShebang("#!lua flags=no-writes,allow-key-locking\nreturn 1")).toBe(
      "#!lua flags=no-writes\nreturn 1",
    );
    expect(stripUpstashShebang("#!lua name=lib flags=allow-key-locking\nreturn 1")).toBe(
      "#!lua name=lib\nreturn 1",
    );
  });

  it("leaves scripts without Upstash-only flags untouched", () => {
    for (const script of ["return 1", "#!lua flags=no-writes\nreturn 1", "#!lua\nreturn 1", ""]) {
      expect(stripUpstashShebang(script)).toBe(script);
    }
  });

  it("handles a shebang without a body", () => {
    expect(stripUpstashShebang("#!lua flags=allow-key-locking")).toBe("");
  });
});

describe("ScriptShas", () => {
  it("sends EVAL without the flag and maps the client's SHA to the stripped script's", () => {
    const shas = new ScriptShas();
    const rewritten = shas.rewrite(["EVAL", ratelimitScript, "1", "key", "arg"]);
    const stripped = stripUpstashShebang(ratelimitScript);
    expect(rewritten.args).toEqual(["EVAL", stripped, "1", "key", "arg"]);
    expect(shas.resolve(sha1Hex(ratelimitScript))).toBe(sha1Hex(stripped));
    expect(shas.rewrite(["evalsha", sha1Hex(ratelimitScript).toUpperCase(), "0"]).args).toEqual([
      "evalsha",
      sha1Hex(stripped),
      "0",
    ]);
    expect(shas.rewrite(["script", "exists", sha1Hex(ratelimitScript), "abc"]).args).toEqual([
      "script",
      "exists",
      sha1Hex(stripped),
      "abc",
    ]);
  });

  it("answers SCRIPT LOAD with the SHA the client computed and remembers Redis' SHA", () => {
    const shas = new ScriptShas();
    const rewritten = shas.rewrite(["SCRIPT", "LOAD", ratelimitScript]);
    expect(rewritten.args).toEqual(["SCRIPT", "LOAD", stripUpstashShebang(ratelimitScript)]);
    const reply = rewritten.mapReply?.(Buffer.from("redis-sha-of-stripped"));
    expect(reply).toEqual(Buffer.from(sha1Hex(ratelimitScript)));
    expect(shas.resolve(sha1Hex(ratelimitScript))).toBe("redis-sha-of-stripped");
  });

  it("passes other commands, plain scripts and unknown SHAs through", () => {
    const shas = new ScriptShas();
    expect(shas.rewrite(["GET", "k"])).toEqual({ args: ["GET", "k"] });
    expect(shas.rewrite(["EVAL", "return 1", "0"])).toEqual({ args: ["EVAL", "return 1", "0"] });
    expect(shas.rewrite(["SCRIPT", "LOAD", "return 1"])).toEqual({ args: ["SCRIPT", "LOAD", "return 1"] });
    expect(shas.rewrite(["EVALSHA", "feed", "0"]).args).toEqual(["EVALSHA", "feed", "0"]);
    expect(shas.size).toBe(0);
  });

  it("computes SHA-1 like Redis does", () => {
    // redis-cli SCRIPT LOAD "return 1"
    expect(sha1Hex("return 1")).toBe("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
  });
});
