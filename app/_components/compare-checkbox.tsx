"use client";

import { useCompareSelection } from "@/app/_hooks/use-compare-selection";

/** "Compare" toggle for one offer; disabled once the compare tray holds its maximum. */
export function CompareCheckbox({ id, label }: { id: string; label: string }) {
  const { isSelected, toggle, full } = useCompareSelection();
  const checked = isSelected(id);
  return (
    <label className="compare-check">
      <input
        type="checkbox"
        checked={checked}
        disabled={full && !checked}
        onChange={() => toggle({ id, label })}
        data-testid="compare-checkbox"
        aria-label={`Compare ${label}`}
      />
      <span className="compare-check-text" aria-hidden="true">
        Compare
      </span>
    </label>
  );
}
