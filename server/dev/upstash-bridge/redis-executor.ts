import { Command, Pipeline, Redis, ReplyError } from "ioredis";
import { logger } from "@/server/logger";

/** One command's outcome inside a pipeline or transaction. */
export type Outcome = { ok: true; reply: unknown } | { ok: false; error: unknown };

/** What the HTTP layer needs from Redis; the tests substitute a fake to run without a server. */
export interface RedisExecutor {
  /** rejects with the Redis error */
  one(args: string[]): Promise<unknown>;
  /** independent commands, in order, on one connection */
  pipeline(commands: string[][]): Promise<Outcome[]>;
  /** MULTI … EXEC; rejects when Redis aborts the whole transaction (EXECABORT) */
  multi(commands: string[][]): Promise<Outcome[]>;
  /** true for errors Redis answered (HTTP 400), false for transport failures (HTTP 500) */
  isCommandError(error: unknown): boolean;
  close(): Promise<void>;
}

/** A transaction Redis refused as a whole; `message` carries the first queued command's error. */
export class TransactionAbortedError extends Error {
  override name = "TransactionAbortedError";
}

/**
 * ioredis applies per-command reply transformers (HGETALL → object, HRANDFIELD → pairs, XREAD →
 * nested objects); Upstash returns Redis' raw arrays. This command keeps the raw reply, as Buffers
 * (`replyEncoding: null`) so binary values survive base64 encoding byte for byte.
 */
class RawCommand extends Command {
  override transformReply(result: Buffer | Buffer[]): Buffer | Buffer[] {
    return result;
  }
}

function rawCommand(args: string[]): RawCommand {
  const [name = "", ...rest] = args;
  return new RawCommand(name.toLowerCase(), rest, { replyEncoding: null });
}

export function createIoredisExecutor(redisUrl: string): RedisExecutor {
  // Fail a request after two reconnect attempts instead of queueing it for minutes: a dev tool
  // should say "Redis is down" quickly.
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  // Connection errors reach callers through their commands; without a listener ioredis also
  // prints every reconnect failure to stderr.
  redis.on("error", (error: unknown) => {
    logger().debug({ err: error }, "upstash bridge: redis connection error");
  });
  const one = (args: string[]): Promise<unknown> => {
    const command = rawCommand(args);
    redis.sendCommand(command);
    return command.promise;
  };
  return {
    one,
    async pipeline(commands) {
      // Commands are written in call order on the single connection, like a pipeline.
      const settled = await Promise.allSettled(commands.map(one));
      return settled.map((s) =>
        s.status === "fulfilled" ? { ok: true, reply: s.value } : { ok: false, error: s.reason },
      );
    },
    async multi(commands) {
      const transaction = redis.multi();
      if (!(transaction instanceof Pipeline)) throw new Error("ioredis multi() did not return a Pipeline");
      for (const args of commands) transaction.sendCommand(rawCommand(args));
      let results: [error: Error | null, reply: unknown][] | null;
      try {
        results = await transaction.exec();
      } catch (error) {
        throw abortError(error);
      }
      if (!results) throw new TransactionAbortedError("EXECABORT transaction aborted");
      return results.map(([error, reply]) => (error ? { ok: false, error } : { ok: true, reply }));
    },
    isCommandError(error) {
      return error instanceof ReplyError || error instanceof TransactionAbortedError;
    },
    async close() {
      if (redis.status === "wait" || redis.status === "end") {
        redis.disconnect();
        return;
      }
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function abortError(error: unknown): unknown {
  if (!(error instanceof ReplyError) || !(error instanceof Error)) return error;
  // ioredis attaches the errors of the commands Redis refused to queue
  const previous: unknown = Reflect.get(error, "previousErrors");
  const first = Array.isArray(previous) ? previous.find((e): e is Error => e instanceof Error) : undefined;
  return new TransactionAbortedError(first ? `${error.message} ${first.message}` : error.message);
}
