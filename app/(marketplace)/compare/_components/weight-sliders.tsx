"use client";

import { normalizedWeights } from "@/app/_lib/compare-ranking";
import { formatPercent } from "@/app/_lib/format";
import { criterionColumns } from "@/lib/marketplace/criteria";

const labels: Record<(typeof criterionColumns)[number], string> = {
  price: "Price (per GPU-hour, lower is better)",
  performance: "Performance (FP16 TFLOPS × GPUs)",
  availability: "Availability",
  reliability: "Reliability",
  compliance: "Compliance tags",
};

/** One slider per TOPSIS criterion (0–1); the normalised share each weight ends up with is shown. */
export function WeightSliders({
  weights,
  onChange,
  onReset,
}: {
  weights: number[];
  onChange: (next: number[]) => void;
  onReset: () => void;
}) {
  const normalized = normalizedWeights(weights);
  return (
    <fieldset className="panel weight-sliders" data-testid="weight-sliders">
      <legend className="section-title">Weights</legend>
      {criterionColumns.map((criterion, j) => {
        const id = `weight-${criterion}`;
        return (
          <div className="weight-row" key={criterion}>
            <label htmlFor={id}>{labels[criterion]}</label>
            <input
              id={id}
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={weights[j] ?? 0}
              onChange={(e) => onChange(weights.map((w, k) => (k === j ? Number(e.target.value) : w)))}
              aria-valuetext={`${(weights[j] ?? 0).toFixed(2)}, ${formatPercent(normalized[j] ?? 0)} of the total`}
              data-testid={`weight-slider-${criterion}`}
            />
            <output htmlFor={id} className="weight-value" data-testid={`weight-share-${criterion}`}>
              {formatPercent(normalized[j] ?? 0)}
            </output>
          </div>
        );
      })}
      <button type="button" className="button-secondary" onClick={onReset} data-testid="weights-reset">
        Reset to defaults
      </button>
    </fieldset>
  );
}
