import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * `npm run bench [-- name ...]`: runs every bench/*.ts (or the named ones) one after another in
 * its own process, so one benchmark's heap and JIT state never colour the next one's figures.
 */
const dir = path.dirname(new URL(import.meta.url).pathname);
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n━━ ${file} ${"━".repeat(Math.max(0, 60 - file.length))}\n`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(dir, file)], { stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`✗ ${file} exited with ${result.status} after ${seconds}s\n`);
  } else process.stdout.write(`✓ ${file} (${seconds}s)\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
