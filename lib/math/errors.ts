/**
 * The one error type of the math core. Every function here validates its input and throws a
 * `MathInputError` instead of returning NaN or Infinity, so a bad number never leaks into a
 * ranking or a price shown to a user. `field` names the offending argument (with an index where
 * useful, e.g. `weights[2]`), `reason` says what was wrong; the service layer maps this error to
 * the design's `VALIDATION_ERROR` with `{ field, reason }` as details.
 */
export class MathInputError extends Error {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "MathInputError";
    this.field = field;
    this.reason = reason;
  }
}

/** Throws unless `value` is a finite number (rejects NaN, ±Infinity and non-numbers). */
export function requireFinite(field: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new MathInputError(field, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** Throws unless `value` is finite and ≥ 0. */
export function requireNonNegative(field: string, value: number): number {
  requireFinite(field, value);
  if (value < 0) throw new MathInputError(field, `must be ≥ 0, got ${value}`);
  return value;
}

/** Throws unless `value` is finite and > 0 (a divisor, a throughput, a count). */
export function requirePositive(field: string, value: number): number {
  requireFinite(field, value);
  if (value <= 0) throw new MathInputError(field, `must be > 0, got ${value}`);
  return value;
}

/**
 * Returns `result` if finite; otherwise throws for `field`. Guards quotients whose inputs were
 * each valid but whose ratio overflows (e.g. $3 per hour over 5e-324 tokens per second).
 */
export function requireFiniteResult(field: string, result: number): number {
  if (!Number.isFinite(result)) {
    throw new MathInputError(field, `is too small: the result overflows to ${result}`);
  }
  return result;
}
