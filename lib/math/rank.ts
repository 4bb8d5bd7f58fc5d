import { MathInputError } from "./errors";

/**
 * Ranking: the indices of `scores` ordered by score descending, exact ties by lower index first.
 *
 * Method: radix sort (Knuth, TAOCP vol. 3 §5.2.5) on the IEEE-754 bit pattern. For x ≥ 0 the
 * 64-bit pattern read as an unsigned integer grows with x; negatives are mapped by the classic
 * flip (Herf, "Radix Tricks", 2001). Every key is then complemented so that *ascending* key order
 * is *descending* score order. We LSD-sort by the high 32-bit word (sign, exponent and 20
 * mantissa bits) and then order each run of equal high words by the low word. LSD radix sort is
 * stable and starts from the identity permutation, so equal scores keep ascending index order:
 * the tie rule is a property of the algorithm, not an extra comparison.
 *
 * Why this shape: a comparator `Array.prototype.sort` over 100,000 items alone costs more than
 * the whole 10 ms TOPSIS budget, and a full 64-bit LSD sort spends most of its passes on low
 * bits that almost never matter — high words agree only for scores within ~1e-6 relative, so the
 * run fix-up is nearly free for real score distributions. Runs of ≤ 32 use insertion sort, longer
 * ones the same radix sort on the low word; runs whose low words are all equal (exact ties) are
 * already in index order and are skipped. Worst case stays O(n); ≤ 32 items use insertion sort
 * throughout, where histogram set-up would dominate.
 *
 * Degenerate input: empty → empty; −0 ties with +0; ±Infinity sort naturally; NaN throws
 * `MathInputError` — there is no defensible place for it in a ranking.
 */
export function rankDescending(scores: ArrayLike<number>, field = "scores"): Uint32Array {
  const n = scores.length;
  // Read the bit patterns in place when given a Float64Array (TOPSIS closeness): no copy.
  const source = scores instanceof Float64Array ? scores : Float64Array.from(scores);
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  const hiAt = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // In bounds by construction; `as number` only drops the `undefined` noUncheckedIndexedAccess
    // adds to typed-array reads (a `?? 0` costs ~25% in these loops).
    const h = words[2 * i + hiAt] as number;
    const l = words[2 * i + 1 - hiAt] as number;
    // NaN: all exponent bits set and a non-zero mantissa.
    if ((h & 0x7ff00000) === 0x7ff00000 && ((h & 0xfffff) !== 0 || l !== 0)) {
      throw new MathInputError(`${field}[${i}]`, "is NaN and cannot be ranked");
    }
    // Descending key: negatives keep their bits, non-negatives flip every bit but the sign;
    // −0 (sign bit only) is keyed as +0 so the two tie.
    const negative = h >>> 31 === 1 && (h !== 0x80000000 || l !== 0);
    hi[i] = negative ? h : ((h & 0x7fffffff) ^ 0x7fffffff) >>> 0;
    lo[i] = negative ? l : ~l >>> 0;
  }
  const identity = new Uint32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  if (n <= 32) {
    // Tiny inputs: two stable insertion sorts, low word first (LSD order), skip the histograms.
    insertionByWord(identity, lo);
    insertionByWord(identity, hi);
    return identity;
  }
  const order = sortByWord(identity, hi);
  for (let start = 0; start < n; ) {
    const h = hi[order[start] as number];
    let end = start + 1;
    let lowDiffers = false;
    for (; end < n && hi[order[end] as number] === h; end++) {
      lowDiffers ||= lo[order[end] as number] !== lo[order[start] as number];
    }
    if (lowDiffers) {
      const run = order.subarray(start, end);
      if (run.length <= 32) insertionByWord(run, lo);
      else run.set(sortByWord(run, lo));
    }
    start = end;
  }
  return order;
}

/**
 * Stable LSD radix sort of `items` by `key[item]` (uint32), ascending; returns a new array.
 * 16-bit digits (2 passes) for large inputs, 11-bit (3 passes, smaller histograms) otherwise;
 * a digit shared by every key cannot reorder anything and its pass is skipped.
 */
function sortByWord(items: Uint32Array, key: Uint32Array): Uint32Array {
  const n = items.length;
  const bits = n >= 32_768 ? 16 : 11;
  const digits = bits === 16 ? 2 : 3;
  const radix = 1 << bits;
  const mask = radix - 1;
  const counts = new Uint32Array(digits * radix);
  for (let i = 0; i < n; i++) {
    const k = key[items[i] as number] as number;
    for (let d = 0; d < digits; d++) (counts[d * radix + ((k >>> (d * bits)) & mask)] as number)++;
  }
  let order = Uint32Array.from(items);
  let next = new Uint32Array(n);
  for (let d = 0; d < digits; d++) {
    const base = d * radix;
    const shift = d * bits;
    if (counts[base + (((key[order[0] as number] as number) >>> shift) & mask)] === n) continue;
    // Exclusive prefix sums turn digit counts into each bucket's first output slot.
    let running = 0;
    for (let b = base; b < base + radix; b++) {
      const c = counts[b] as number;
      counts[b] = running;
      running += c;
    }
    for (let i = 0; i < n; i++) {
      const item = order[i] as number;
      const slot = base + (((key[item] as number) >>> shift) & mask);
      const at = counts[slot] as number;
      counts[slot] = at + 1;
      next[at] = item;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** Stable insertion sort of `items` in place by `key[item]`, ascending (for short runs). */
function insertionByWord(items: Uint32Array, key: Uint32Array): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as number;
    const k = key[item] as number;
    let at = i;
    // Strict ">" keeps an equal earlier item in front: stability, hence index order on ties.
    while (at > 0 && (key[items[at - 1] as number] as number) > k) {
      items[at] = items[at - 1] as number;
      at--;
    }
    items[at] = item;
  }
}
