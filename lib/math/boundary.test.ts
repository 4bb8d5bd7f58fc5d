import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * lib/math is pure, isomorphic and deterministic (DESIGN.md §1, STYLE.md "Layout"): it runs
 * unchanged on edge and node routes and in the PartyKit room. vitest's node environment would not
 * notice a violation, so this test scans every non-test source file under lib/math.
 */
const mathRoot = dirname(fileURLToPath(import.meta.url));

/** Bare package specifiers lib/math may import. None are needed; add one here deliberately. */
const allowedPackages: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every module specifier in a file: static and type imports, re-exports, import(), require(). */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

function resolvesInside(file: string, specifier: string): string | null {
  const base = resolve(dirname(file), specifier);
  const target = [base, `${base}.ts`, join(base, "index.ts")].find((p) => p.endsWith(".ts") && existsSync(p));
  if (!target) return null;
  return target.startsWith(mathRoot + sep) ? target : null;
}

const files = sourceFiles(mathRoot);
const label = (file: string) => relative(mathRoot, file);

describe("lib/math boundary", () => {
  it("finds the math sources (the scan is not vacuous)", () => {
    const names = files.map(label);
    expect(names).toContain("topsis.ts");
    expect(names).toContain(join("kpi", "unit-costs.ts"));
    expect(names.some((n) => n.endsWith(".test.ts"))).toBe(false);
  });

  it.each(files.map((f) => [label(f), f]))(
    "%s imports only relative modules inside lib/math",
    (_name, file) => {
      const source = readFileSync(file, "utf8");
      for (const specifier of specifiers(source)) {
        if (allowedPackages.includes(specifier)) continue;
        expect(specifier, `bare or absolute specifier "${specifier}"`).toMatch(/^\.\.?\//);
        expect(
          resolvesInside(file, specifier),
          `"${specifier}" must resolve to a .ts file inside lib/math`,
        ).not.toBeNull();
      }
    },
  );

  it.each(files.map((f) => [label(f), f]))("%s has no env, node: or nondeterministic API", (_name, file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/process\.env/);
    expect(source).not.toMatch(/["']node:/);
    // Randomness only through a seed (prng.ts); no wall clock inside the math core.
    expect(source).not.toMatch(/Math\.random\s*\(/);
    expect(source).not.toMatch(/Date\.now\s*\(|new Date\s*\(/);
  });

  it("the scanner itself recognises every import form", () => {
    const sample = [
      'import { a } from "./a";',
      'import type { B } from "../b";',
      'export { c } from "./c";',
      'import "./side-effect";',
      'const d = await import("./d");',
      'const e = require("node:fs");',
      "import {\n  f,\n  g,\n} from 'pkg';",
    ].join("\n");
    expect(specifiers(sample).sort()).toEqual([
      "../b",
      "./a",
      "./c",
      "./d",
      "./side-effect",
      "node:fs",
      "pkg",
    ]);
    const topsisFile = join(mathRoot, "topsis.ts");
    expect(resolvesInside(topsisFile, "./rank")).toBe(join(mathRoot, "rank.ts"));
    expect(resolvesInside(join(mathRoot, "kpi", "unit-costs.ts"), "../errors")).toBe(
      join(mathRoot, "errors.ts"),
    );
    expect(resolvesInside(topsisFile, "../gpu/types")).toBeNull(); // exists, but outside lib/math
    expect(resolvesInside(topsisFile, "./no-such-module")).toBeNull();
  });
});
