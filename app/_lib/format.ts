/** Display formatting shared by the marketplace pages. Money is USD; "—" marks a missing figure. */

const usdFormatters = new Map<number, Intl.NumberFormat>();

function usdFormatter(digits: number): Intl.NumberFormat {
  let f = usdFormatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    usdFormatters.set(digits, f);
  }
  return f;
}

/** $1.2345 with a fixed number of decimals (prices carry 4 in the catalog). */
export function formatUsd(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "—"
    : usdFormatter(digits).format(value);
}

/** Prices under a dollar keep 4 decimals so $0.0312 does not read as $0.03. */
export function formatPrice(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return formatUsd(value, Math.abs(value) < 1 ? 4 : 2);
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "—"
    : value.toLocaleString("en-US", { maximumFractionDigits: digits });
}

export function formatPercent(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** "just now", "4 min ago", "3 h ago", "12 days ago" for an age in seconds. */
export function formatAge(ageS: number): string {
  if (ageS < 60) return "just now";
  const minutes = Math.round(ageS / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export function ageSince(iso: string, now = Date.now()): number {
  return Math.max(0, (now - Date.parse(iso)) / 1000);
}

/** 2026-05-21 14:03 UTC */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export const marketLabels: Readonly<Record<string, string>> = {
  on_demand: "On-demand",
  spot: "Spot",
  reserved: "Reserved",
  community: "Community",
};

export const availabilityLabels: Readonly<Record<string, string>> = {
  available: "Available",
  limited: "Limited",
  sold_out: "Sold out",
  unknown: "Unknown",
};

/** The GPU as a buyer reads it: canonical model when known, else the provider's own name. */
export function gpuLabel(o: { gpu_model: string | null; gpu_type: string }): string {
  return o.gpu_model ?? o.gpu_type;
}

/** Tiny unit costs ($/GFLOP is ~1e-10) in scientific notation; everything else like formatPrice. */
export function formatUnitCost(value: number | null): string {
  if (value === null) return "—";
  return value > 0 && value < 0.0001 ? `$${value.toExponential(2)}` : formatPrice(value);
}
