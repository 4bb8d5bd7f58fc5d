import { claim, isFree, type ParseContext, textAt } from "./context";
import { readNumber } from "./numbers";
import type { QuantityUnit } from "./schema";
import { countNouns, fillerStops, isSingular, type TimeUnit, timeUnitOf } from "./units";

/**
 * Counted amounts of work: "10 AI images", "2M tokens", "10,000 pdfs", "a dozen anime avatars",
 * "1.5k thumbnails", "illustrations x 250", "make me a video" (1), and rates such as "200 images
 * per hour" or "1k requests a day". The noun decides the unit (see units.ts). Vague amounts
 * ("hundreds of images") are recorded with a null value so nothing else claims them.
 */

export interface CountCandidate {
  /** null for a vague amount */
  value: number | null;
  unit: QuantityUnit;
  /** set when the amount is per time unit ("200 images per hour") */
  per: TimeUnit | null;
  /** false for the implicit "a/an <noun>" = 1 */
  explicit: boolean;
  from: number;
}

const rateLinks: ReadonlySet<string> = new Set(["per", "a", "an", "every", "each", "/"]);
const rateAdverbs: Readonly<Record<string, TimeUnit>> = {
  hourly: "hour",
  daily: "day",
  weekly: "week",
  monthly: "month",
};
const nounFirstLinks: ReadonlySet<string> = new Set(["x", "×", ":"]);

/** Free, or a model name used as an adjective ("25k SDXL renders"). */
function isUsable(ctx: ParseContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isFree(ctx, i, i + 1) && ctx.claimed[i] !== "model") return false;
  return true;
}

/** Descriptive words between a number and its noun ("AI", "anime-style", "mp3", "customer support"). */
function isFiller(ctx: ParseContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (token === undefined || !isUsable(ctx, i, i + 1)) return false;
  if (ctx.claimed[i] === "model") return true;
  if (token.kind === "num")
    return (token.joined && ctx.tokens[i - 1]?.kind === "word") || isResolution(ctx, i);
  if (isResolution(ctx, i - 1)) return true;
  if (token.kind === "sym") return token.text === "-" && token.joined && ctx.tokens[i + 1]?.joined === true;
  return (
    !fillerStops.has(token.text) && !countNouns.has(token.text) && timeUnitOf(token.text, false) === null
  );
}

/** "4k", "8k", "1080p": a resolution between a number and its noun ("48 4k wallpapers"). */
function isResolution(ctx: ParseContext, i: number): boolean {
  const token = ctx.tokens[i];
  const suffix = ctx.tokens[i + 1];
  if (token?.kind !== "num" || suffix === undefined || !suffix.joined) return false;
  return (
    (suffix.text === "k" && (token.value === 4 || token.value === 8)) ||
    (suffix.text === "p" && token.value >= 480)
  );
}

function readRate(ctx: ParseContext, i: number): { per: TimeUnit; to: number } | null {
  const adverb = rateAdverbs[textAt(ctx, i)];
  if (adverb !== undefined) return { per: adverb, to: i + 1 };
  if (!rateLinks.has(textAt(ctx, i))) return null;
  const unitToken = ctx.tokens[i + 1];
  const per = unitToken === undefined ? null : timeUnitOf(unitToken.text, textAt(ctx, i) === "/");
  return per === null ? null : { per, to: i + 2 };
}

function unitFor(ctx: ParseContext, nounIndex: number, from: number): QuantityUnit | null {
  const noun = textAt(ctx, nounIndex);
  const unit = countNouns.get(noun);
  if (unit === undefined) return null;
  // "10k API calls" are requests; other calls are recordings
  if ((noun === "call" || noun === "calls") && textAt(ctx, nounIndex - 1) === "api") return "requests";
  return nounIndex >= from ? unit : null;
}

function readNumberFirst(ctx: ParseContext, i: number): { candidate: CountCandidate; to: number } | null {
  const number = readNumber(ctx, i, { ranges: true });
  if (number === null) return null;
  let j = number.to;
  if (number.value === null && textAt(ctx, j) === "of") j++;
  const fillersFrom = j;
  while (j - fillersFrom < 4 && isFiller(ctx, j)) j++;
  const unit = unitFor(ctx, j, fillersFrom);
  if (unit === null || !isFree(ctx, i, fillersFrom) || !isUsable(ctx, fillersFrom, j + 1)) return null;
  const rate = readRate(ctx, j + 1);
  return {
    candidate: { value: number.value, unit, per: rate?.per ?? null, explicit: true, from: i },
    to: rate?.to ?? j + 1,
  };
}

/** "illustrations x 250", "images: 500". */
function readNounFirst(ctx: ParseContext, i: number): { candidate: CountCandidate; to: number } | null {
  const unit = countNouns.get(textAt(ctx, i));
  if (unit === undefined || !nounFirstLinks.has(textAt(ctx, i + 1))) return null;
  const number = readNumber(ctx, i + 2);
  if (number === null || number.value === null || !isFree(ctx, i, number.to)) return null;
  if (timeUnitOf(textAt(ctx, number.to), ctx.tokens[number.to]?.joined === true) !== null) return null;
  return { candidate: { value: number.value, unit, per: null, explicit: true, from: i }, to: number.to };
}

/** "a video", "an image of a cat", "a music video": one item, weaker than a stated number. */
function readArticle(ctx: ParseContext, i: number): { candidate: CountCandidate; to: number } | null {
  if (textAt(ctx, i) !== "a" && textAt(ctx, i) !== "an") return null;
  let j = i + 1;
  while (j - i <= 2 && isFiller(ctx, j)) j++;
  const unit = countNouns.get(textAt(ctx, j));
  if (unit === undefined || !isSingular(textAt(ctx, j)) || (unit !== "images" && unit !== "videos"))
    return null;
  if (!isFree(ctx, i, j + 1)) return null;
  return { candidate: { value: 1, unit, per: null, explicit: false, from: i }, to: j + 1 };
}

export function extractCounts(ctx: ParseContext): CountCandidate[] {
  const found: CountCandidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    const match = readNumberFirst(ctx, i) ?? readNounFirst(ctx, i) ?? readArticle(ctx, i);
    if (match === null) continue;
    claim(ctx, i, match.to, "count");
    found.push(match.candidate);
    i = match.to - 1;
  }
  return found;
}
