import { z } from "zod";

/**
 * The Upstash Redis REST protocol as `@upstash/redis` speaks it
 * (https://upstash.com/docs/redis/features/restapi):
 * - `POST /` with a JSON array `["SET", "k", "v"]` → `{ "result": ... }`, or HTTP 400 `{ "error": "..." }`;
 * - `POST /pipeline` and `POST /multi-exec` with an array of such arrays → `[{ "result" } | { "error" }, ...]`;
 * - with `Upstash-Encoding: base64`, every string in a result (at any depth) is base64 of its bytes;
 *   integers stay JSON numbers and nil stays `null`. The client decodes "OK" specially but also
 *   accepts it encoded, so we encode status replies too rather than guess which strings were status.
 */

const argumentSchema = z.union([z.string(), z.number(), z.boolean()]);
export const commandSchema = z.array(argumentSchema).min(1, "empty command");
export const commandListSchema = z.array(commandSchema).min(1, "empty pipeline");

export type CommandArgument = z.infer<typeof argumentSchema>;

export function toRedisArgs(command: readonly CommandArgument[]): string[] {
  return command.map((arg) => (typeof arg === "string" ? arg : String(arg)));
}

export type EncodedReply = string | number | null | EncodedReply[];

export type ReplyEncoding = "base64" | "utf8";

/** Converts a raw ioredis reply (Buffers, numbers, nil, nested arrays) to Upstash's JSON. */
export function encodeReply(reply: unknown, encoding: ReplyEncoding): EncodedReply {
  if (reply === null || reply === undefined) return null;
  if (typeof reply === "number") return reply;
  if (typeof reply === "bigint") return Number(reply);
  if (Buffer.isBuffer(reply)) return reply.toString(encoding);
  if (typeof reply === "string") return Buffer.from(reply, "utf8").toString(encoding);
  if (Array.isArray(reply)) return reply.map((item) => encodeReply(item, encoding));
  // An error nested in an array reply (a Lua table holding redis.error_reply): its message.
  if (reply instanceof Error) return Buffer.from(reply.message, "utf8").toString(encoding);
  return Buffer.from(String(reply), "utf8").toString(encoding);
}

export type ResultEntry = { result: EncodedReply } | { error: string };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
