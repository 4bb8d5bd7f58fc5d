"use client";

import { CommitInput } from "@/app/_components/commit-input";

const shortcuts = [
  { value: "eu", label: "EU" },
  { value: "us", label: "US" },
  { value: "asia", label: "Asia" },
] as const;
const shortcutValues: readonly string[] = shortcuts.map((s) => s.value);

/** Region shortcuts (eu / us / asia) as toggle buttons, plus provider region ids as free text. */
export function RegionFilter({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const others = value.filter((v) => !shortcutValues.includes(v.toLowerCase()));
  const active = value.filter((v) => shortcutValues.includes(v.toLowerCase()));
  const toggle = (region: string) =>
    onChange(active.includes(region) ? value.filter((v) => v !== region) : [...value, region]);
  return (
    <fieldset className="field">
      <legend>Region</legend>
      <div className="toggle-row">
        {shortcuts.map((s) => (
          <button
            key={s.value}
            type="button"
            className="toggle"
            aria-pressed={active.includes(s.value)}
            onClick={() => toggle(s.value)}
            data-testid={`filter-region-${s.value}`}
          >
            {s.label}
          </button>
        ))}
      </div>
      <label htmlFor="filter-region-other" className="field-help">
        Other region ids (comma-separated)
      </label>
      <CommitInput
        id="filter-region-other"
        type="text"
        placeholder="us-east-1, FIN-01"
        value={others.join(", ")}
        onCommit={(text) =>
          onChange([
            ...active,
            ...text
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          ])
        }
      />
    </fieldset>
  );
}
