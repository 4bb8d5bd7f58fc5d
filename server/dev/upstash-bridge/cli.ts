import { parseArgs } from "node:util";
import { logger } from "@/server/logger";
import { startUpstashBridge } from "./server";

/**
 * DEV/TEST TOOL: serves the Upstash REST protocol over a local Redis.
 *   npx tsx server/dev/upstash-bridge/cli.ts --redis redis://127.0.0.1:6379 --token dev --port 8079
 * then UPSTASH_REDIS_REST_URL=http://127.0.0.1:8079 UPSTASH_REDIS_REST_TOKEN=dev
 */
const usage =
  "usage: tsx server/dev/upstash-bridge/cli.ts --redis redis://127.0.0.1:6379 --token dev [--port 8079] [--host 127.0.0.1]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      redis: { type: "string", default: "redis://127.0.0.1:6379" },
      token: { type: "string" },
      port: { type: "string", default: "8079" },
      host: { type: "string", default: "127.0.0.1" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = Number(values.port);
  if (!values.token || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${usage}\n--token is required; --port must be 0-65535\n`);
    process.exitCode = 2;
    return;
  }
  const bridge = await startUpstashBridge({
    redisUrl: values.redis,
    token: values.token,
    port,
    host: values.host,
  });
  logger().info({ url: bridge.url }, "upstash bridge listening (dev/test tool)");
  process.stdout.write(`UPSTASH_REDIS_REST_URL=${bridge.url} UPSTASH_REDIS_REST_TOKEN=<your --token>\n`);
  const stop = () => {
    void bridge.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
