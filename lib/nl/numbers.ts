import { type ParseContext, textAt } from "./context";

/**
 * Reads one number starting at a token: digits ("10,000", "1.5", "1e6"), digit + scale
 * ("1.5k", "2M", "20B", "2.5 million"), number words ("twenty-five thousand", "fifteen
 * hundred", "two and a half", "a dozen", "a hundred", "half a million"), "a couple (of)" = 2 and
 * "a pair of" = 2. Vague amounts ("a few", "several", "hundreds of") match with value null so a
 * caller can tell "unknown amount" from "no amount". Ranges ("2-3", "5 to 10") give the upper
 * bound, the figure a planner must provision for.
 */

export interface NumberMatch {
  /** null for a vague amount */
  value: number | null;
  from: number;
  /** exclusive end token index */
  to: number;
}

export interface ReadNumberOptions {
  /** accept joined letter suffixes k / m / b ("30m" is minutes to the duration reader) */
  letterScales?: boolean;
  /** accept "2-3" / "2 to 3" / "2 or 3" and return the upper bound */
  ranges?: boolean;
}

const unitWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tensWords: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const scaleWords: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mil: 1e6,
  bn: 1e9,
  mm: 1e6,
};
const letterScales: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };
export const vagueWords: ReadonlySet<string> = new Set([
  "few",
  "several",
  "many",
  "multiple",
  "numerous",
  "lots",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "dozens",
  "tons",
  "bunch",
  "countless",
]);
const rangeWords: ReadonlySet<string> = new Set(["-", "to", "or", "~"]);

export function readNumber(
  ctx: ParseContext,
  i: number,
  options: ReadNumberOptions = {},
): NumberMatch | null {
  const first = readSingle(ctx, i, options.letterScales ?? true);
  if (first === null || first.value === null || options.ranges !== true) return first;
  if (!rangeWords.has(textAt(ctx, first.to))) return first;
  const second = readSingle(ctx, first.to + 1, options.letterScales ?? true);
  if (second === null || second.value === null || second.value <= first.value) return first;
  return { value: second.value, from: i, to: second.to };
}

function readSingle(ctx: ParseContext, i: number, withLetters: boolean): NumberMatch | null {
  const token = ctx.tokens[i];
  if (token === undefined) return null;
  if (token.kind === "num") return readDigits(ctx, i, token.value, withLetters);
  if (token.kind !== "word") return null;
  const word = token.text;
  if (vagueWords.has(word)) return { value: null, from: i, to: skipOf(ctx, i + 1) };
  if (word === "a" || word === "an") return readArticle(ctx, i);
  if (word === "couple") return readCouple(ctx, i, i + 1);
  if (word === "half") return readHalf(ctx, i);
  if (word === "dozen") return { value: 12, from: i, to: i + 1 };
  return readWords(ctx, i, 0);
}

function readDigits(ctx: ParseContext, i: number, value: number, withLetters: boolean): NumberMatch | null {
  if (!Number.isFinite(value)) return null;
  let result = value;
  let to = i + 1;
  const next = ctx.tokens[to];
  if (next?.kind === "word") {
    const letter = letterScales[next.text];
    const scale = scaleWords[next.text];
    if (withLetters && letter !== undefined && next.joined) {
      result *= letter;
      to++;
    } else if (scale !== undefined) {
      result *= scale;
      to++;
    } else if (next.text === "hundred") {
      result *= 100;
      to++;
    } else if (next.text === "and" && textAt(ctx, to + 1) === "a" && textAt(ctx, to + 2) === "half") {
      result += 0.5;
      to += 3;
    }
  }
  return { value: result, from: i, to };
}

/** "a hundred", "a dozen", "a couple of", "a pair of", "a few" (vague); plain "a" is no number. */
function readArticle(ctx: ParseContext, i: number): NumberMatch | null {
  const next = textAt(ctx, i + 1);
  if (next === "couple") return readCouple(ctx, i, i + 2);
  if (next === "pair" && textAt(ctx, i + 2) === "of") return { value: 2, from: i, to: i + 3 };
  if (next === "few" || next === "lot" || next === "bunch")
    return { value: null, from: i, to: skipOf(ctx, i + 2) };
  if (next === "dozen" || next === "hundred" || scaleWords[next] !== undefined)
    return readWords(ctx, i + 1, 1, i);
  return null;
}

/** "couple (of)" = 2; "couple hundred" = 200, "couple thousand" = 2000. */
function readCouple(ctx: ParseContext, from: number, after: number): NumberMatch {
  const scaled = readWords(ctx, after, 2, from);
  if (scaled !== null && scaled.to > after) return scaled;
  return { value: 2, from, to: skipOf(ctx, after) };
}

/** "half a million" = 500,000, "half a dozen" = 6. ("half an hour" belongs to the duration reader.) */
function readHalf(ctx: ParseContext, i: number): NumberMatch | null {
  const article = textAt(ctx, i + 1);
  if (article !== "a" && article !== "an") return null;
  const scaled = readWords(ctx, i + 2, 1, i);
  if (scaled === null || scaled.value === null) return null;
  return { value: scaled.value / 2, from: i, to: scaled.to };
}

function skipOf(ctx: ParseContext, i: number): number {
  return textAt(ctx, i) === "of" ? i + 1 : i;
}

/**
 * Word numbers, English grammar: units and tens add, "hundred" multiplies the running group,
 * thousand/million/billion close a group; "and" may join groups; "and a half" adds 0.5.
 */
function readWords(ctx: ParseContext, i: number, seed: number, from = i): NumberMatch | null {
  let total = 0;
  let current = seed;
  let any = seed > 0;
  let j = i;
  // no English number needs more than a dozen words; the cap keeps long inputs linear
  while (j < ctx.tokens.length && j - i < 12) {
    const word = textAt(ctx, j);
    const unit = unitWords[word];
    const tens = tensWords[word];
    const scale = scaleWords[word];
    if (unit !== undefined) {
      current += unit;
      any = true;
      j++;
    } else if (tens !== undefined) {
      current += tens;
      any = true;
      j++;
      const after = unitWords[textAt(ctx, j + 1)];
      if (textAt(ctx, j) === "-" && after !== undefined && after > 0 && after < 10) {
        current += after;
        j += 2;
      }
    } else if (any && word === "hundred") {
      current = (current === 0 ? 1 : current) * 100;
      j++;
    } else if (any && word === "dozen") {
      current = (current === 0 ? 1 : current) * 12;
      j++;
    } else if (any && scale !== undefined && word !== "mm" && word !== "bn") {
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
      j++;
    } else if (any && word === "and" && textAt(ctx, j + 1) === "a" && textAt(ctx, j + 2) === "half") {
      current += 0.5;
      j += 3;
      break;
    } else if (
      any &&
      word === "and" &&
      (unitWords[textAt(ctx, j + 1)] ?? tensWords[textAt(ctx, j + 1)]) !== undefined
    ) {
      j++;
    } else {
      break;
    }
  }
  if (!any) return null;
  return { value: total + current, from, to: j };
}
