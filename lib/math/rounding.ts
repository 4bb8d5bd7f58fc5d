import { MathInputError, requireFinite } from "./errors";

/**
 * Banker's rounding (round half to even, IEEE 754 roundTiesToEven; the "Rounding" rule of
 * ISO 80000-1 Annex B) to a number of decimal places, for display and for money that must not
 * drift upward when many half-cent values are rounded.
 *
 * The rounding is done on the *decimal the double stands for*: its shortest round-trip digits
 * (ECMAScript Number::toString, which every engine implements exactly), never on its binary
 * expansion and never with `Math.round(x * 10^n) / 10^n`. Prices reach us as decimal strings
 * (Postgres `numeric`, provider JSON), so 2.675 means 2.675, even though the nearest double is
 * 2.67499999999999982236431605997495353221893310546875. Consequences:
 *   roundHalfEven(2.675, 2) = 2.68   (tie, 7 is odd → up)     naive scaling also gets 2.68
 *   roundHalfEven(2.665, 2) = 2.66   (tie, 6 is even → stay)
 *   roundHalfEven(0.125, 2) = 0.12   (tie, 2 is even → stay)  Math.round gives 0.13
 *   roundHalfEven(1.005, 2) = 1      (tie, 0 is even)         1.005 * 100 = 100.49999999999999
 * No epsilon is involved: the digit string is exact, so there is no tolerance to argue about. A
 * double that is the *result* of arithmetic keeps its own shortest digits (0.1 + 0.2 is
 * 0.30000000000000004, which is not a tie), which is the honest answer for that double.
 *
 * The returned number is the double nearest to the rounded decimal (parsed from its digits, so
 * correctly rounded). Degenerate input: NaN/±Infinity throw `MathInputError`; −0 and 0 give 0;
 * `decimals` must be an integer in [0, 20]; a value with no more than `decimals` digits is
 * returned unchanged; negative values round symmetrically (−2.675 → −2.68).
 */
export function roundHalfEven(value: number, decimals = 2): number {
  const { negative, units } = roundToUnits(value, decimals);
  const magnitude = Number(`${units}e-${decimals}`);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** Like `roundHalfEven`, but returns the fixed-point string ("2.68", "-0.1250"), built from the
 * rounded digits directly, so no second binary conversion can disturb them. */
export function toFixedHalfEven(value: number, decimals = 2): string {
  const { negative, units } = roundToUnits(value, decimals);
  return `${negative && units > 0n ? "-" : ""}${placePoint(units.toString(), decimals)}`;
}

/**
 * A USD amount for display with 4 decimals (design requirement 33.3), banker's-rounded, with
 * thousands separators. Raw doubles stay raw everywhere else; only presentation rounds:
 * formatUsd4(1234.56785) = "$1,234.5678", formatUsd4(-0.00005) = "$0.0000" (ties to even).
 */
export function formatUsd4(amountUsd: number): string {
  const text = toFixedHalfEven(amountUsd, 4);
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}$${grouped}.${fraction}`;
}

/** |value| rounded half-to-even to an integer count of 10^-decimals units, and its sign. */
function roundToUnits(value: number, decimals: number): { negative: boolean; units: bigint } {
  requireFinite("value", value);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new MathInputError("decimals", `must be an integer in [0, 20], got ${decimals}`);
  }
  const { digits, exponent } = decimalDigits(Math.abs(value));
  // |value| = 0.d₁d₂d₃… × 10^exponent; keep the digits worth ≥ 10^-decimals.
  const keep = exponent + decimals;
  if (digits === "" || keep < 0) return { negative: value < 0, units: 0n };
  if (keep >= digits.length) {
    return { negative: value < 0, units: BigInt(digits + "0".repeat(keep - digits.length)) };
  }
  const kept = keep === 0 ? 0n : BigInt(digits.slice(0, keep));
  const first = digits.charCodeAt(keep) - 48; // first dropped digit
  // Trailing zeros were stripped, so any digit after `first` means "more than half".
  const moreThanHalf = first > 5 || (first === 5 && digits.length > keep + 1);
  const tie = first === 5 && digits.length === keep + 1;
  const roundUp = moreThanHalf || (tie && kept % 2n === 1n);
  return { negative: value < 0, units: roundUp ? kept + 1n : kept };
}

/**
 * Shortest round-trip digits of a non-negative finite double without leading or trailing zeros,
 * with the decimal exponent such that x = 0.digits × 10^exponent ("" for 0). Handles both the
 * plain ("2.675", "120") and exponent ("1.5e-7", "1e+21") forms of Number::toString.
 */
function decimalDigits(x: number): { digits: string; exponent: number } {
  const [mantissa = "0", exp = "0"] = String(x).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, "").length;
  const digits = all.slice(leadingZeros).replace(/0+$/, "");
  return { digits, exponent: whole.length + Number(exp) - leadingZeros };
}

/** "12345" with 2 decimals → "123.45"; "5" with 3 → "0.005"; 0 decimals → the integer as is. */
function placePoint(units: string, decimals: number): string {
  if (decimals === 0) return units;
  const padded = units.padStart(decimals + 1, "0");
  return `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
}
