import { resolveGpu } from "@/lib/gpu/resolve";

/**
 * A user's GPU words → canonical models to match. "H100" is a family (every H100 variant),
 * "4090" an alias, "A100 80GB" a memory-qualified family; unknown words fall back to matching
 * the provider's raw GPU name, so nothing the user typed is silently dropped.
 */
export interface GpuMatch {
  models: string[];
  rawPatterns: string[];
}

export function matchGpuTypes(inputs: readonly string[]): GpuMatch {
  const models = new Set<string>();
  const rawPatterns: string[] = [];
  for (const input of inputs) {
    const r = resolveGpu(input);
    if (r.status === "known") models.add(r.model);
    else if (r.status === "ambiguous") for (const c of r.candidates) models.add(c);
    else rawPatterns.push(input);
  }
  return { models: [...models], rawPatterns };
}
