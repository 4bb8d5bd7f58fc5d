import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { z } from "zod";
import { logger } from "@/server/logger";
import {
  type CommandArgument,
  commandListSchema,
  commandSchema,
  encodeReply,
  errorMessage,
  type ReplyEncoding,
  type ResultEntry,
  toRedisArgs,
} from "./protocol";
import { createIoredisExecutor, type Outcome, type RedisExecutor } from "./redis-executor";
import { type RewrittenCommand, ScriptShas } from "./scripts";

/**
 * DEV/TEST TOOL — the Upstash Redis REST protocol over a real Redis, so `@upstash/redis` and
 * `@upstash/ratelimit` run unchanged against the local server (DESIGN.md §2, "self-hosted / CI").
 * Not for production: one shared Redis connection, no TLS, a single token. See README.md.
 */

export interface UpstashBridgeOptions {
  redisUrl: string;
  token: string;
  /** 0 (default) picks a free port */
  port?: number;
  host?: string;
}

export interface UpstashBridge {
  /** base URL for UPSTASH_REDIS_REST_URL, e.g. http://127.0.0.1:8079 */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Commands that would change or block the one connection every request shares. Transactions go
 * through `/multi-exec` instead of MULTI/EXEC.
 */
const REFUSED_COMMANDS = new Set([
  "subscribe",
  "psubscribe",
  "ssubscribe",
  "unsubscribe",
  "punsubscribe",
  "sunsubscribe",
  "monitor",
  "select",
  "swapdb",
  "quit",
  "reset",
  "auth",
  "hello",
  "client",
  "multi",
  "exec",
  "discard",
  "watch",
  "unwatch",
  "blpop",
  "brpop",
  "brpoplpush",
  "blmove",
  "blmpop",
  "bzpopmin",
  "bzpopmax",
  "bzmpop",
  "wait",
  "waitaof",
]);

class BadRequest extends Error {}

/** Starts the bridge on a real Redis; verifies Redis answers before resolving. */
export async function startUpstashBridge(options: UpstashBridgeOptions): Promise<UpstashBridge> {
  if (options.token.length === 0) throw new Error("upstash bridge: token must not be empty");
  const executor = createIoredisExecutor(options.redisUrl);
  try {
    await executor.one(["ping"]);
  } catch (error) {
    await executor.close();
    throw new Error(
      `upstash bridge: Redis at ${redactUrl(options.redisUrl)} is not reachable: ${errorMessage(error)}`,
    );
  }
  try {
    return await serveBridge({ ...options, executor });
  } catch (error) {
    await executor.close();
    throw error;
  }
}

/** Serves the protocol over any executor (tests pass a fake one). Closing also closes the executor. */
export async function serveBridge(
  options: Omit<UpstashBridgeOptions, "redisUrl"> & { executor: RedisExecutor },
): Promise<UpstashBridge> {
  const handler = createBridgeHandler({ token: options.token, executor: options.executor });
  const server = createServer((req, res) => {
    void handler(req, res);
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("upstash bridge: not listening on TCP");
  const { port } = address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // @upstash/redis keeps connections alive; without this close() waits for them to idle out.
        server.closeAllConnections();
        await closed;
        await options.executor.close();
      })();
      return closing;
    },
  };
}

export function createBridgeHandler(options: {
  token: string;
  executor: RedisExecutor;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { executor } = options;
  const expectedAuth = Buffer.from(`Bearer ${options.token}`, "utf8");
  const scripts = new ScriptShas();

  const authorized = (req: IncomingMessage): boolean => {
    const given = Buffer.from(req.headers.authorization ?? "", "utf8");
    return given.length === expectedAuth.length && timingSafeEqual(given, expectedAuth);
  };

  const prepare = (command: readonly CommandArgument[]): RewrittenCommand => {
    const args = toRedisArgs(command);
    const name = (args[0] ?? "").toLowerCase();
    if (REFUSED_COMMANDS.has(name)) {
      throw new BadRequest(`ERR command '${name}' is not supported by the upstash bridge`);
    }
    return scripts.rewrite(args);
  };

  const entry = (outcome: Outcome, rewritten: RewrittenCommand, encoding: ReplyEncoding): ResultEntry => {
    if (!outcome.ok) return { error: errorMessage(outcome.error) };
    const reply = rewritten.mapReply ? rewritten.mapReply(outcome.reply) : outcome.reply;
    return { result: encodeReply(reply, encoding) };
  };

  const single = async (body: unknown, encoding: ReplyEncoding): Promise<[number, unknown]> => {
    const rewritten = prepare(parse(commandSchema, body));
    try {
      const reply = await executor.one(rewritten.args);
      return [200, entry({ ok: true, reply }, rewritten, encoding)];
    } catch (error) {
      if (executor.isCommandError(error)) return [400, { error: errorMessage(error) }];
      throw error;
    }
  };

  const pipeline = async (body: unknown, encoding: ReplyEncoding): Promise<[number, unknown]> => {
    const commands = parse(commandListSchema, body);
    // A refused command fails alone, as a Redis error would; the others still run.
    const prepared = commands.map((command): RewrittenCommand | BadRequest => {
      try {
        return prepare(command);
      } catch (error) {
        if (error instanceof BadRequest) return error;
        throw error;
      }
    });
    const runnable = prepared.filter((p): p is RewrittenCommand => !(p instanceof BadRequest));
    const outcomes = await executor.pipeline(runnable.map((p) => p.args));
    let next = 0;
    const entries = prepared.map((p): ResultEntry => {
      if (p instanceof BadRequest) return { error: p.message };
      const outcome = outcomes[next++];
      if (!outcome) throw new Error("executor returned fewer outcomes than commands");
      return entry(outcome, p, encoding);
    });
    return [200, entries];
  };

  const multiExec = async (body: unknown, encoding: ReplyEncoding): Promise<[number, unknown]> => {
    const prepared = parse(commandListSchema, body).map(prepare);
    try {
      const outcomes = await executor.multi(prepared.map((p) => p.args));
      return [
        200,
        prepared.map((p, i): ResultEntry => {
          const outcome = outcomes[i];
          if (!outcome) throw new Error("executor returned fewer outcomes than commands");
          return entry(outcome, p, encoding);
        }),
      ];
    } catch (error) {
      if (executor.isCommandError(error)) return [400, { error: errorMessage(error) }];
      throw error;
    }
  };

  const routes: Record<string, typeof single> = {
    "/": single,
    "/pipeline": pipeline,
    "/multi-exec": multiExec,
  };

  return async (req, res) => {
    try {
      if (!authorized(req)) return send(res, 401, { error: "Unauthorized" });
      const path = new URL(req.url ?? "/", "http://bridge").pathname.replace(/(.)\/+$/, "$1");
      const route = routes[path];
      if (!route) return send(res, 404, { error: `ERR unknown endpoint ${path}` });
      if (req.method !== "POST") return send(res, 405, { error: "ERR only POST is supported" });
      const encoding: ReplyEncoding =
        String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64" ? "base64" : "utf8";
      const body = await readJson(req);
      const [status, payload] = await route(body, encoding);
      send(res, status, payload);
    } catch (error) {
      if (error instanceof BadRequest) return send(res, 400, { error: error.message });
      if (error instanceof PayloadTooLarge) {
        // The rest of the body is still on the wire: drop it and this connection, not the next request.
        res.setHeader("connection", "close");
        req.resume();
        return send(res, 413, { error: error.message });
      }
      logger().warn({ err: error, url: req.url }, "upstash bridge request failed");
      send(res, 500, { error: `ERR ${errorMessage(error)}` });
    }
  };
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success)
    throw new BadRequest("ERR failed to parse command: expected a JSON array of strings and numbers");
  return result.data;
}

class PayloadTooLarge extends Error {}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new PayloadTooLarge(`ERR request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("ERR failed to parse command: body is not JSON");
  }
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}
