import { createHash } from "node:crypto";

/**
 * Lua script compatibility between Upstash and stock Redis.
 *
 * Upstash accepts a shebang flag stock Redis rejects: `@upstash/ratelimit` 2.x scripts start with
 * `#!lua flags=allow-key-locking`, and Redis 7 answers "Unexpected flag in script shebang" (Redis 6
 * does not parse shebangs at all). We drop the flags Redis does not know, and the whole line when
 * nothing is left, keeping its newline so line numbers in Lua errors still match the client's text.
 *
 * Clients address cached scripts by the SHA-1 they computed over the ORIGINAL text (ratelimit ships
 * those hashes as constants), while Redis caches the stripped text under its own SHA-1. `ScriptShas`
 * remembers original → stripped for every script the bridge rewrote, so EVALSHA and SCRIPT EXISTS
 * with the client's SHA reach the script Redis holds. An unknown SHA passes through unchanged: Redis
 * answers NOSCRIPT and clients fall back to EVAL, which fills the map again (e.g. after a restart).
 */

/** Script flags stock Redis 7 understands (https://redis.io/docs/latest/develop/interact/programmability/lua-api/). */
const REDIS_SCRIPT_FLAGS = new Set([
  "no-writes",
  "allow-oom",
  "allow-stale",
  "no-cluster",
  "allow-cross-slot-keys",
]);

export function sha1Hex(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/** The script with Upstash-only shebang flags removed; unchanged when there is nothing to remove. */
export function stripUpstashShebang(script: string): string {
  if (!script.startsWith("#!")) return script;
  const newline = script.indexOf("\n");
  const line = newline === -1 ? script : script.slice(0, newline);
  const body = newline === -1 ? "" : script.slice(newline);
  const [engine = "", ...options] = line.slice(2).trim().split(/\s+/);
  let changed = false;
  const kept: string[] = [];
  for (const option of options) {
    if (!option.startsWith("flags=")) {
      kept.push(option);
      continue;
    }
    const flags = option.slice("flags=".length).split(",");
    const known = flags.filter((flag) => REDIS_SCRIPT_FLAGS.has(flag));
    if (known.length !== flags.length) changed = true;
    if (known.length > 0) kept.push(`flags=${known.join(",")}`);
  }
  if (!changed) return script;
  if (engine === "lua" && kept.length === 0) return body;
  return `#!${[engine, ...kept].join(" ")}${body}`;
}

/** What to send to Redis for one client command, and how to turn Redis' reply back into Upstash's. */
export interface RewrittenCommand {
  args: string[];
  /** applied to a successful reply (SCRIPT LOAD answers with the client's SHA) */
  mapReply?: (reply: unknown) => unknown;
}

export class ScriptShas {
  readonly #redisShaByClientSha = new Map<string, string>();

  /** Redis' SHA for a script the client addresses by `clientSha` (identity when never rewritten). */
  resolve(clientSha: string): string {
    return this.#redisShaByClientSha.get(clientSha.toLowerCase()) ?? clientSha;
  }

  remember(clientSha: string, redisSha: string): void {
    this.#redisShaByClientSha.set(clientSha.toLowerCase(), redisSha.toLowerCase());
  }

  get size(): number {
    return this.#redisShaByClientSha.size;
  }

  /** Rewrites EVAL / EVALSHA / SCRIPT LOAD / SCRIPT EXISTS; any other command is returned as is. */
  rewrite(args: string[]): RewrittenCommand {
    const [name = "", first, ...rest] = args;
    const command = name.toLowerCase();
    if ((command === "eval" || command === "eval_ro") && first !== undefined) {
      const stripped = stripUpstashShebang(first);
      if (stripped !== first) this.remember(sha1Hex(first), sha1Hex(stripped));
      return { args: [name, stripped, ...rest] };
    }
    if ((command === "evalsha" || command === "evalsha_ro") && first !== undefined) {
      return { args: [name, this.resolve(first), ...rest] };
    }
    if (command === "script" && first?.toLowerCase() === "load" && rest[0] !== undefined) {
      const original = rest[0];
      const stripped = stripUpstashShebang(original);
      if (stripped === original) return { args };
      const clientSha = sha1Hex(original);
      return {
        args: [name, first, stripped],
        mapReply: (reply) => {
          const redisSha = Buffer.isBuffer(reply) ? reply.toString("utf8") : String(reply);
          this.remember(clientSha, redisSha);
          return Buffer.from(clientSha, "utf8");
        },
      };
    }
    if (command === "script" && first?.toLowerCase() === "exists") {
      return { args: [name, first, ...rest.map((sha) => this.resolve(sha))] };
    }
    return { args };
  }
}
