"use client";

import Link from "next/link";
import { MAX_COMPARE, useCompareSelection } from "@/app/_hooks/use-compare-selection";

/** Sticky tray of the offers picked for comparison, linking to /compare?ids=… */
export function CompareTray() {
  const { selected, remove, clear } = useCompareSelection();
  if (selected.length === 0) return null;
  const href = `/compare?ids=${selected.map((i) => i.id).join(",")}`;
  return (
    <section className="compare-tray" aria-label="Offers to compare" data-testid="compare-tray">
      <p className="compare-tray-count">
        <strong data-testid="compare-count">{selected.length}</strong> of {MAX_COMPARE} selected
      </p>
      <ul className="chip-list">
        {selected.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="chip"
              onClick={() => remove(item.id)}
              aria-label={`Remove ${item.label} from comparison`}
            >
              {item.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="compare-tray-actions">
        <button type="button" className="button-secondary" onClick={clear}>
          Clear
        </button>
        {selected.length >= 2 ? (
          <Link href={href} className="button-primary" data-testid="compare-link">
            Compare {selected.length}
          </Link>
        ) : (
          <span className="muted">Pick at least 2</span>
        )}
      </div>
    </section>
  );
}
