import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { EnvError, env } from "@/server/env";
import { sourceFingerprint } from "./build-stamp";
import { prepareDatabase } from "./prepare-database";

/**
 * `npm start`: validate env → build if the sources changed → migrate and seed → serve.
 * Prints exactly one "ready" line with the URL once /api/health answers.
 */
const cwd = process.cwd();
const nextBin = path.join(cwd, "node_modules", "next", "dist", "bin", "next");
const stampFile = path.join(cwd, ".next", "gpubroker-build-stamp");

async function main() {
  const started = performance.now();
  let e: ReturnType<typeof env>;
  try {
    e = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const fingerprint = await sourceFingerprint(cwd);
  const built = existsSync(path.join(cwd, ".next", "BUILD_ID")) && existsSync(stampFile);
  if (!built || (await readFile(stampFile, "utf8")) !== fingerprint) {
    console.warn("Building the app (first start or sources changed)…");
    await run(process.execPath, [nextBin, "build"], { NEXT_TELEMETRY_DISABLED: "1" });
    await writeFile(stampFile, fingerprint);
  }

  const db = await prepareDatabase(e);
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(e.PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      GPUBROKER_ALLOW_EMBEDDED: allowEmbedded(),
    },
  });
  forwardSignals(server);
  // Next prints its own banner; our single ready line replaces it. Logs after that pass through.
  let ready = false;
  server.stdout?.on("data", (chunk: Buffer) => {
    if (ready) process.stdout.write(chunk);
  });
  server.on("exit", (code) => process.exit(code ?? 1));

  const url = `http://localhost:${e.PORT}`;
  await waitForHealth(`${url}/api/health`, 120_000);
  ready = true;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `GPUBROKER ready on ${url} (database: ${db.driver}, ${db.offers} offers${db.snapshotLoaded ? " from the bundled snapshot" : ""}, ${db.benchmarks} GPU models, ready in ${seconds}s)\n`,
  );
}

/** `npm start` is the embedded mode by definition; production checks still apply to real deploys. */
function allowEmbedded(): string {
  return process.env.GPUBROKER_ALLOW_EMBEDDED ?? "1";
}

function run(cmd: string, args: string[], extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`)),
    );
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000}s (${url})`);
}

function forwardSignals(child: ChildProcess) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
