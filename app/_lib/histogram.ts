/**
 * Histogram bins for the $/GPU-hour distribution chart. Bin edges are "nice" steps (1, 2, 2.5 or
 * 5 × 10^k) over [min, p95]; offers above the 95th percentile share one open-ended last bin, so a
 * few $40 offers do not squeeze every other bar into the first column. Empty input → no bins;
 * all-equal input → one bin.
 */
export interface HistogramBin {
  from: number;
  /** upper edge; Infinity for the open-ended bin */
  to: number;
  count: number;
  label: string;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = raw / power;
  const nice = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 2.5 ? 2.5 : mantissa <= 5 ? 5 : 10;
  return nice * power;
}

const money = (v: number) => `$${Number(v.toFixed(2))}`;

export function priceHistogram(values: readonly number[], maxBins = 12): HistogramBin[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return [];
  if (min === max) return [{ from: min, to: max, count: sorted.length, label: money(min) }];
  const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))] ?? max;
  const upper = p95 > min ? p95 : max;
  const step = niceStep((upper - min) / maxBins);
  const start = Math.floor(min / step) * step;
  const bins: HistogramBin[] = [];
  const regular = Math.max(1, Math.ceil((upper - start) / step - 1e-9));
  for (let k = 0; k < regular; k++) {
    const from = start + k * step;
    bins.push({ from, to: from + step, count: 0, label: `${money(from)}–${money(from + step)}` });
  }
  const last = bins[bins.length - 1];
  if (last && upper < max) {
    bins.push({ from: last.to, to: Number.POSITIVE_INFINITY, count: 0, label: `≥ ${money(last.to)}` });
  }
  for (const v of sorted) {
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor((v - start) / step)));
    const bin = bins[index];
    if (bin) bin.count++;
  }
  return bins;
}

/** Offers per provider, largest first; providers past `top` are summed into "other". */
export function providerShare(providers: readonly string[], top = 8): { provider: string; offers: number }[] {
  const counts = new Map<string, number>();
  for (const p of providers) counts.set(p, (counts.get(p) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const head = ranked.slice(0, top).map(([provider, offers]) => ({ provider, offers }));
  const other = ranked.slice(top).reduce((n, [, c]) => n + c, 0);
  return other > 0 ? [...head, { provider: "other", offers: other }] : head;
}
