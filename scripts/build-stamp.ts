import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/**
 * A fingerprint of everything `next build` compiles, so `npm start` rebuilds only when the
 * sources changed (path + size + mtime of each file; contents of the lockfile and configs).
 */
const roots = ["app", "server", "lib", "drizzle", "public"];
const files = ["next.config.ts", "package-lock.json", "tsconfig.json"];
const skip = new Set(["node_modules", ".next", ".data", "fixtures", "eval"]);

export async function sourceFingerprint(cwd: string): Promise<string> {
  const hash = createHash("sha256");
  for (const root of roots) await walk(path.join(cwd, root), hash);
  for (const file of files) {
    const full = path.join(cwd, file);
    if (existsSync(full)) hash.update(file).update(await readFile(full));
  }
  return hash.digest("hex");
}

async function walk(dir: string, hash: ReturnType<typeof createHash>): Promise<void> {
  if (!existsSync(dir)) return;
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, hash);
    else if (!entry.name.endsWith(".test.ts")) {
      const s = await stat(full);
      hash.update(`${full}:${s.size}:${s.mtimeMs}`);
    }
  }
}
