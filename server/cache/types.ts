/**
 * A JSON value cache with per-entry TTL. Values round-trip through JSON on every backend (Dates come
 * back as strings, `undefined` properties disappear), so code behaves the same on the in-process
 * cache and on Redis. `null` means "absent": a cached null cannot be told from a miss.
 */
export interface Cache {
  get<T>(key: string): Promise<T | null>;
  /** `ttlS` > 0, seconds (fractions allowed; Redis keeps millisecond precision) */
  set(key: string, value: unknown, ttlS: number): Promise<void>;
  del(...keys: string[]): Promise<void>;
  /** deletes every key starting with `prefix`; resolves to how many were deleted */
  delByPrefix(prefix: string): Promise<number>;
}

export function assertTtl(ttlS: number): number {
  if (!Number.isFinite(ttlS) || ttlS <= 0)
    throw new RangeError(`cache TTL must be a positive number of seconds, got ${ttlS}`);
  return Math.max(1, Math.round(ttlS * 1000));
}

export function serialize(key: string, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`cache value for ${key} is not JSON-serializable`);
  return json;
}
