/**
 * Money crosses into numeric(12,4) columns as a decimal string rounded here, so the value we
 * compare against on the next ingest is exactly the value PostgreSQL stored.
 */
export function toMoney4(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite amount: ${value}`);
  return (Math.round(value * 10_000) / 10_000).toFixed(4);
}

export function toMoney4OrNull(value: number | null): string | null {
  return value === null ? null : toMoney4(value);
}

/** numeric column text → number (services return numbers; the DB keeps exact decimals) */
export function fromMoney(value: string): number;
export function fromMoney(value: string | null): number | null;
export function fromMoney(value: string | null): number | null {
  return value === null ? null : Number(value);
}
