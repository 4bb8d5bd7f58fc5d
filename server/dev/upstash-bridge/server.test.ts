import { Ratelimit } from "@upstash/ratelimit";
import { Redis as UpstashRedis } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Outcome, RedisExecutor } from "./redis-executor";
import { sha1Hex, stripUpstashShebang } from "./scripts";
import { serveBridge, startUpstashBridge, type UpstashBridge } from "./server";

const b64 = (s: string) => Buffer.from(s).toString("base64");
const shebangScript = "#!lua flags=allow-key-locking\nreturn ARGV[1]";

class FakeReplyError extends Error {}

/** Enough of Redis to exercise the HTTP layer without a server. */
function fakeRedis() {
  const calls: string[][] = [];
  const store = new Map<string, Buffer>();
  let closed = false;
  const one = async (args: string[]): Promise<unknown> => {
    calls.push(args);
    const [name = "", key = "", value = ""] = args;
    switch (name.toLowerCase()) {
      case "ping":
        return Buffer.from("PONG");
      case "set":
        store.set(key, Buffer.from(value));
        return Buffer.from("OK");
      case "get":
        return store.get(key) ?? null;
      case "incr": {
        const n = Number(store.get(key)?.toString() ?? "0") + 1;
        store.set(key, Buffer.from(String(n)));
        return n;
      }
      case "scan":
        return [Buffer.from("0"), [...store.keys()].map((k) => Buffer.from(k))];
      case "script":
        return Buffer.from("sha-computed-by-redis");
      case "eval":
      case "evalsha":
        return [Buffer.from("ran"), 1];
      case "crash":
        throw new Error("connection reset");
      default:
        throw new FakeReplyError(`ERR unknown command '${name}'`);
    }
  };
  const settle = async (commands: string[][]): Promise<Outcome[]> => {
    const outcomes: Outcome[] = [];
    for (const command of commands) {
      try {
        outcomes.push({ ok: true, reply: await one(command) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  };
  const executor: RedisExecutor = {
    one,
    pipeline: settle,
    async multi(commands) {
      if (commands.some(([name]) => name === "nosuch")) {
        throw new FakeReplyError("EXECABORT Transaction discarded because of previous errors.");
      }
      return settle(commands);
    },
    isCommandError: (error) => error instanceof FakeReplyError,
    async close() {
      closed = true;
    },
  };
  return { calls, store, executor, isClosed: () => closed };
}

describe("upstash bridge HTTP protocol (fake Redis)", () => {
  const token = "secret-token";
  const fake = fakeRedis();
  let bridge: UpstashBridge;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bridge.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const json = async (res: Response) => ({ status: res.status, body: await res.json() });

  beforeAll(async () => {
    bridge = await serveBridge({ token, executor: fake.executor });
  });
  afterAll(async () => {
    await bridge.close();
  });

  it("listens on a free loopback port", () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers 401 without the right bearer token and runs nothing", async () => {
    const before = fake.calls.length;
    for (const authorization of [undefined, "Bearer wrong", `Bearer ${token}x`, token, `Basic ${token}`]) {
      const res = await fetch(`${bridge.url}/`, {
        method: "POST",
        headers: authorization ? { authorization } : {},
        body: JSON.stringify(["GET", "k"]),
      });
      expect(await json(res)).toEqual({ status: 401, body: { error: "Unauthorized" } });
    }
    expect(fake.calls.length).toBe(before);
  });

  it("answers 404 for unknown paths and 405 for other methods", async () => {
    expect((await json(await post("/nope", ["GET", "k"]))).status).toBe(404);
    const res = await fetch(`${bridge.url}/`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(405);
  });

  it("answers 400 for bodies that are not commands", async () => {
    for (const body of ["not json", "{}", "[]", '["SET", {"a":1}]', "[null]"]) {
      const { status, body: payload } = await json(await post("/", body));
      expect(status).toBe(400);
      expect(payload.error).toMatch(/^ERR failed to parse command/);
    }
    expect((await json(await post("/pipeline", [["GET", "k"], "PING"]))).status).toBe(400);
  });

  it("answers 413 for oversized bodies", async () => {
    const huge = JSON.stringify(["SET", "k", "x".repeat(17 * 1024 * 1024)]);
    expect((await post("/", huge)).status).toBe(413);
  });

  it("runs one command and encodes the result as asked", async () => {
    expect(await json(await post("/", ["SET", "greeting", "grüß dich"]))).toEqual({
      status: 200,
      body: { result: "OK" },
    });
    expect(await json(await post("/", ["GET", "greeting"]))).toEqual({
      status: 200,
      body: { result: "grüß dich" },
    });
    expect(await json(await post("/", ["GET", "greeting"], { "upstash-encoding": "base64" }))).toEqual({
      status: 200,
      body: { result: b64("grüß dich") },
    });
    expect(await json(await post("/", ["INCR", "n", 7]))).toEqual({ status: 200, body: { result: 1 } });
    expect(fake.calls.at(-1)).toEqual(["INCR", "n", "7"]);
    expect(await json(await post("/", ["GET", "missing"]))).toEqual({ status: 200, body: { result: null } });
  });

  it("maps Redis errors to 400 and transport failures to 500", async () => {
    expect(await json(await post("/", ["FROB", "k"]))).toEqual({
      status: 400,
      body: { error: "ERR unknown command 'FROB'" },
    });
    const { status, body } = await json(await post("/", ["CRASH"]));
    expect(status).toBe(500);
    expect(body.error).toBe("ERR connection reset");
  });

  it("refuses commands that would block or reconfigure the shared connection", async () => {
    const before = fake.calls.length;
    for (const command of [["SUBSCRIBE", "ch"], ["blpop", "q", "0"], ["SELECT", "2"], ["MULTI"]]) {
      const { status, body } = await json(await post("/", command));
      expect(status).toBe(400);
      expect(body.error).toContain("not supported by the upstash bridge");
    }
    expect(fake.calls.length).toBe(before);
  });

  it("runs pipelines command by command, one result or error each", async () => {
    const { status, body } = await json(
      await post("/pipeline/", [["SET", "p", "1"], ["SUBSCRIBE", "ch"], ["GET", "p"], ["NOSUCH"]], {
        "upstash-encoding": "base64",
      }),
    );
    expect(status).toBe(200);
    expect(body).toEqual([
      { result: b64("OK") },
      { error: "ERR command 'subscribe' is not supported by the upstash bridge" },
      { result: b64("1") },
      { error: "ERR unknown command 'NOSUCH'" },
    ]);
  });

  it("runs transactions and answers 400 when Redis aborts one", async () => {
    expect(
      await json(
        await post("/multi-exec", [
          ["SET", "m", "x"],
          ["GET", "m"],
        ]),
      ),
    ).toEqual({ status: 200, body: [{ result: "OK" }, { result: "x" }] });
    const aborted = await json(await post("/multi-exec", [["SET", "m", "y"], ["nosuch"]]));
    expect(aborted.status).toBe(400);
    expect(aborted.body.error).toMatch(/^EXECABORT/);
    expect(
      (
        await json(
          await post("/multi-exec", [
            ["SET", "m", "y"],
            ["WATCH", "m"],
          ]),
        )
      ).status,
    ).toBe(400);
  });

  it("strips Upstash's shebang flag and answers SCRIPT LOAD with the client's SHA", async () => {
    await post("/", ["EVAL", shebangScript, 0, "hi"]);
    expect(fake.calls.at(-1)).toEqual(["EVAL", stripUpstashShebang(shebangScript), "0", "hi"]);
    await post("/", ["EVALSHA", sha1Hex(shebangScript), 0, "hi"]);
    expect(fake.calls.at(-1)).toEqual(["EVALSHA", sha1Hex(stripUpstashShebang(shebangScript)), "0", "hi"]);
    const loaded = await json(
      await post("/", ["SCRIPT", "LOAD", shebangScript], { "upstash-encoding": "base64" }),
    );
    expect(loaded).toEqual({ status: 200, body: { result: b64(sha1Hex(shebangScript)) } });
    await post("/pipeline", [["EVALSHA", sha1Hex(shebangScript), 0]]);
    expect(fake.calls.at(-1)).toEqual(["EVALSHA", "sha-computed-by-redis", "0"]);
  });

  it("serves the real @upstash/redis client", async () => {
    const redis = new UpstashRedis({ url: bridge.url, token, enableTelemetry: false });
    expect(await redis.set("client:json", { gpu: "H100", pricePerHourUsd: 2.5 })).toBe("OK");
    expect(await redis.get("client:json")).toEqual({ gpu: "H100", pricePerHourUsd: 2.5 });
    const pipeline = redis.pipeline();
    pipeline.incr("client:n");
    pipeline.get("client:json");
    expect(await pipeline.exec()).toEqual([1, { gpu: "H100", pricePerHourUsd: 2.5 }]);
    const denied = new UpstashRedis({
      url: bridge.url,
      token: "wrong",
      retry: false,
      enableTelemetry: false,
    });
    await expect(denied.get("client:json")).rejects.toThrow("Unauthorized");
  });

  it("close() stops listening and closes Redis", async () => {
    const other = fakeRedis();
    const temporary = await serveBridge({ token, executor: other.executor });
    await temporary.close();
    await temporary.close();
    expect(other.isClosed()).toBe(true);
    await expect(fetch(`${temporary.url}/`, { method: "POST", body: "[]" })).rejects.toThrow();
  });

  it("refuses an empty token and a port already in use", async () => {
    await expect(startUpstashBridge({ redisUrl: "redis://127.0.0.1:1", token: "" })).rejects.toThrow(
      "token must not be empty",
    );
    const port = Number(new URL(bridge.url).port);
    await expect(serveBridge({ token, executor: fakeRedis().executor, port })).rejects.toThrow(/EADDRINUSE/);
  });

  it("refuses to start when Redis is unreachable", async () => {
    await expect(startUpstashBridge({ redisUrl: "redis://127.0.0.1:1", token })).rejects.toThrow(
      /Redis at redis:\/\/127\.0\.0\.1:1 is not reachable/,
    );
  });
});

/** Real Redis only when CI provides it (TEST_REDIS_URL); the list is fixed at load time. */
const redisUrls = process.env.TEST_REDIS_URL ? [process.env.TEST_REDIS_URL] : [];

for (const redisUrl of redisUrls) {
  describe("upstash bridge over real Redis", () => {
    const token = `t-${Math.random().toString(36).slice(2)}`;
    const ns = `test:bridge:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;
    let bridge: UpstashBridge;
    let redis: UpstashRedis;
    let direct: IORedis;

    beforeAll(async () => {
      bridge = await startUpstashBridge({ redisUrl, token });
      redis = new UpstashRedis({ url: bridge.url, token, enableTelemetry: false });
      direct = new IORedis(redisUrl);
    });
    afterAll(async () => {
      const keys = await direct.keys(`${ns}*`);
      if (keys.length > 0) await direct.del(...keys);
      direct.disconnect();
      await bridge.close();
    });

    it("sets, gets and deletes strings and JSON values", async () => {
      const offer = { id: "o1", gpu: "H100 SXM", pricePerHourUsd: 2.49, tags: ["nvlink"], note: "Grüße 🚀" };
      expect(await redis.set(`${ns}offer`, offer)).toBe("OK");
      expect(await redis.get(`${ns}offer`)).toEqual(offer);
      expect(JSON.parse((await direct.get(`${ns}offer`)) ?? "null")).toEqual(offer);
      await redis.set(`${ns}plain`, "hello");
      expect(await redis.get(`${ns}plain`)).toBe("hello");
      expect(await redis.get(`${ns}missing`)).toBeNull();
      expect(await redis.del(`${ns}offer`, `${ns}plain`, `${ns}missing`)).toBe(2);
      expect(await direct.exists(`${ns}offer`)).toBe(0);
    });

    it("round-trips binary values written directly to Redis", async () => {
      await direct.set(`${ns}bin`, Buffer.from("caf\u00e9 \u2603", "utf8"));
      expect(await redis.get(`${ns}bin`)).toBe("caf\u00e9 \u2603");
    });

    it("returns raw hash replies (no ioredis object transform)", async () => {
      await redis.hset(`${ns}h`, { gpu: "A100", vramGb: 80 });
      expect(await redis.hgetall(`${ns}h`)).toEqual({ gpu: "A100", vramGb: 80 });
    });

    it("expires keys", async () => {
      await redis.set(`${ns}ttl`, "v");
      expect(await redis.ttl(`${ns}ttl`)).toBe(-1);
      expect(await redis.expire(`${ns}ttl`, 100)).toBe(1);
      const ttl = await redis.ttl(`${ns}ttl`);
      expect(ttl).toBeGreaterThan(90);
      expect(ttl).toBeLessThanOrEqual(100);
      await redis.set(`${ns}px`, "v", { px: 50_000 });
      expect(await direct.pttl(`${ns}px`)).toBeGreaterThan(40_000);
    });

    it("pipelines", async () => {
      const p = redis.pipeline();
      p.set(`${ns}pc`, 10);
      p.incrby(`${ns}pc`, 5);
      p.get(`${ns}pc`);
      p.expire(`${ns}pc`, 60);
      p.ttl(`${ns}pc`);
      const [set, incr, get, expire, ttl] = await p.exec();
      expect([set, incr, get, expire]).toEqual(["OK", 15, 15, 1]);
      expect(ttl).toBeGreaterThan(50);
    });

    it("runs MULTI/EXEC atomically and reports a failing command", async () => {
      const tx = redis.multi();
      tx.set(`${ns}tx`, "a");
      tx.append(`${ns}tx`, "b");
      tx.get(`${ns}tx`);
      expect(await tx.exec()).toEqual(["OK", 2, "ab"]);

      await redis.hset(`${ns}txh`, { f: "v" });
      const failing = redis.multi();
      failing.set(`${ns}tx2`, "written");
      failing.incr(`${ns}txh`);
      await expect(failing.exec()).rejects.toThrow(/WRONGTYPE/);
      // Redis runs the rest of the transaction; only the failing command errors
      expect(await direct.get(`${ns}tx2`)).toBe("written");
    });

    it("scans with MATCH across several pages", async () => {
      const keys = Array.from({ length: 60 }, (_, i) => `${ns}scan:${i}`);
      await direct.mset(Object.fromEntries(keys.map((k) => [k, "1"])));
      const seen = new Set<string>();
      let cursor: string | number = 0;
      let pages = 0;
      do {
        const [next, batch]: [string, string[]] = await redis.scan(cursor, {
          match: `${ns}scan:*`,
          count: 10,
        });
        for (const key of batch) seen.add(key);
        cursor = next;
        pages++;
      } while (String(cursor) !== "0");
      expect([...seen].sort()).toEqual([...keys].sort());
      expect(pages).toBeGreaterThan(1);
    });

    it("reports Redis errors to the client", async () => {
      await redis.set(`${ns}str`, "x");
      await expect(redis.hget(`${ns}str`, "f")).rejects.toThrow(/WRONGTYPE/);
    });

    it("runs scripts carrying Upstash's shebang via EVAL, EVALSHA and SCRIPT LOAD", async () => {
      const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])";
      const key = `${ns}script`;
      expect(await redis.eval(script, [key], ["2"])).toBe(2);
      expect(await redis.evalsha(sha1Hex(script), [key], ["3"])).toBe(5);
      const other = "#!lua flags=allow-key-locking\nreturn redis.call('GET', KEYS[1])";
      expect(await redis.scriptLoad(other)).toBe(sha1Hex(other));
      expect(await redis.evalsha(sha1Hex(other), [key], [])).toBe(5);
      expect(await redis.scriptExists(sha1Hex(other), "0".repeat(40))).toEqual([1, 0]);
    });

    it("serves @upstash/ratelimit: the sliding window blocks past the limit until reset", async () => {
      const limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(2, "30 s"),
        prefix: `${ns}ratelimit`,
        analytics: false,
        ephemeralCache: false,
      });
      const startedAt = Date.now();
      const first = await limiter.limit("user-1");
      const second = await limiter.limit("user-1");
      const third = await limiter.limit("user-1");
      expect([first.success, second.success, third.success]).toEqual([true, true, false]);
      expect([first.remaining, second.remaining, third.remaining]).toEqual([1, 0, 0]);
      expect(third.limit).toBe(2);
      expect(third.reset).toBeGreaterThan(startedAt);
      expect(third.reset).toBeLessThanOrEqual(startedAt + 60_000);
      // another identifier has its own window
      expect((await limiter.limit("user-2")).success).toBe(true);
      // the window lives in real Redis
      expect((await direct.keys(`${ns}ratelimit:user-1:*`)).length).toBeGreaterThan(0);
    });

    it("refuses a token it was not started with", async () => {
      const denied = new UpstashRedis({
        url: bridge.url,
        token: "nope",
        retry: false,
        enableTelemetry: false,
      });
      await expect(denied.get(`${ns}offer`)).rejects.toThrow("Unauthorized");
    });
  });
}
