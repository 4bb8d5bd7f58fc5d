"use client";

import { CommitInput } from "@/app/_components/commit-input";

interface Props {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (next: number | undefined) => void;
  step?: string;
  unit?: string;
}

/** A non-negative number filter; empty means "no bound". Applies on Enter or blur. */
export function NumberFilter({ id, label, value, onChange, step = "any", unit }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {unit && <span className="muted"> ({unit})</span>}
      </label>
      <CommitInput
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step={step}
        value={value === undefined ? "" : String(value)}
        onCommit={(text) => {
          const n = Number(text);
          onChange(text === "" || !Number.isFinite(n) || n < 0 ? undefined : n);
        }}
        data-testid={id}
      />
    </div>
  );
}
