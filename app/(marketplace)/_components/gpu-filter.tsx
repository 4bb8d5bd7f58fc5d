"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { CommitInput } from "@/app/_components/commit-input";
import { useTRPC } from "@/app/_components/trpc";

const variantWords = /\s+(SXM\d?|PCIe|NVL|\d+GB)\b/gi;

/** GPU model filter: canonical models, families or aliases ("4090", "A100 80GB"), comma-separated. */
export function GpuFilter({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const trpc = useTRPC();
  const benchmarks = useQuery({
    ...trpc.benchmarks.list.queryOptions({}),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const suggestions = useMemo(() => {
    const models = benchmarks.data?.map((b) => b.gpu_model) ?? [];
    const families = models.map((m) => m.replace(variantWords, "").trim());
    return [...new Set([...families, ...models])].sort();
  }, [benchmarks.data]);
  return (
    <div className="field">
      <label htmlFor="filter-gpu">GPU model</label>
      <CommitInput
        id="filter-gpu"
        type="text"
        list="gpu-model-options"
        placeholder="H100, 4090, A100 80GB"
        autoComplete="off"
        value={value.join(", ")}
        onCommit={(text) =>
          onChange(
            text
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          )
        }
        aria-describedby="filter-gpu-help"
        data-testid="filter-gpu"
      />
      <datalist id="gpu-model-options">
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p id="filter-gpu-help" className="field-help">
        Families, models or aliases; comma-separated. Press Enter to apply.
      </p>
    </div>
  );
}
