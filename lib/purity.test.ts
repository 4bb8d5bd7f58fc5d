import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * lib/ is pure isomorphic TypeScript (DESIGN.md §1): no node: built-ins, no env, no database,
 * no imports from server/ or app/. Vitest's environments do not enforce this, so this test does.
 */
const libRoot = path.dirname(new URL(import.meta.url).pathname);
const allowedPackages = new Set(["zod"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "fixtures" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

const importPattern = /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

describe("lib/ purity", () => {
  const files = sourceFiles(libRoot);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("imports only lib/ itself and pure packages", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(importPattern)) {
        const spec = match[1] ?? match[2] ?? "";
        const local = spec.startsWith(".") || spec.startsWith("@/lib/");
        const resolved = spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : "";
        if (local && resolved && !resolved.startsWith(libRoot)) offenders.push(`${file}: ${spec}`);
        if (!local && !allowedPackages.has(spec)) offenders.push(`${file}: ${spec}`);
      }
      if (/process\.env/.test(text)) offenders.push(`${file}: process.env`);
    }
    expect(offenders).toEqual([]);
  });
});
