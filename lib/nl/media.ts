import { claim, isFree, type ParseContext, textAt } from "./context";
import { readLength } from "./duration";
import { readNumber } from "./numbers";
import { audioNouns, fillerStops, videoNouns } from "./units";

/**
 * Amounts of audio or video expressed as time: "40 hours of podcasts", "2 minutes of footage",
 * "a 2 hour interview", "ten 5-second videos", "4 videos, 8 seconds each". Count × length is
 * multiplied so the planner gets the total media time. Runs before the duration extractor and
 * claims its tokens, so none of these become a rental period.
 */

export interface MediaAmount {
  kind: "audio" | "video";
  /** total media time in hours */
  hours: number;
  /** the unit the user spoke in; decides audio_hours vs audio_minutes */
  spokenUnit: "second" | "minute" | "hour";
  from: number;
  to: number;
  /** a detached "<length> each" further on ("50 clips with hunyuan, 5s each"): [from, to) */
  detached: readonly [number, number] | null;
}

const eachWords: ReadonlySet<string> = new Set(["each", "apiece", "long"]);
const linkWords: ReadonlySet<string> = new Set([
  ",",
  "of",
  "at",
  "about",
  "around",
  "~",
  "approximately",
  "roughly",
  "lasting",
  "each",
  "that",
  "are",
  "is",
]);

function mediaKind(word: string): "audio" | "video" | null {
  if (audioNouns.has(word)) return "audio";
  if (videoNouns.has(word)) return "video";
  return null;
}

/** Skips up to `max` descriptive words ("call center", "short", "ad") and returns the next index. */
function skipFillers(ctx: ParseContext, i: number, max: number): number {
  let j = i;
  while (j - i < max) {
    const token = ctx.tokens[j];
    if (
      token === undefined ||
      token.kind !== "word" ||
      fillerStops.has(token.text) ||
      mediaKind(token.text) !== null
    )
      break;
    j++;
  }
  return j;
}

/** First media noun within `max` filler words after i: [kind, index]. */
function findNoun(
  ctx: ParseContext,
  i: number,
  max: number,
): { kind: "audio" | "video"; index: number } | null {
  const j = skipFillers(ctx, i, max);
  const kind = mediaKind(textAt(ctx, j));
  return kind === null ? null : { kind, index: j };
}

function spoken(unit: string | null): MediaAmount["spokenUnit"] {
  if (unit === "second" || unit === "minute") return unit;
  return "hour";
}

/** "<length> of <media>" and "[count] <length>[-long] <media>". */
function readLengthFirst(ctx: ParseContext, i: number): MediaAmount | null {
  const count = readNumber(ctx, i);
  let lengthAt = i;
  if (count !== null && count.value !== null) {
    const afterFillers = skipFillers(ctx, count.to, 2);
    if (readLength(ctx, count.to, true) !== null) lengthAt = count.to;
    else if (afterFillers !== count.to && readLength(ctx, afterFillers, true) !== null)
      lengthAt = afterFillers;
  }
  const length = readLength(ctx, lengthAt, true);
  if (length === null || length.hours === null) return null;
  const multiplier = lengthAt === i ? 1 : (count?.value ?? 1);
  const total = length.hours * multiplier;
  let next = length.to;
  if (textAt(ctx, next) === "of") {
    const noun = findNoun(ctx, next + 1, 3);
    if (noun === null) return null;
    return {
      kind: noun.kind,
      hours: total,
      spokenUnit: spoken(length.unit),
      from: i,
      to: noun.index + 1,
      detached: null,
    };
  }
  if (textAt(ctx, next) === "-" && textAt(ctx, next + 1) === "long") next += 2;
  else if (textAt(ctx, next) === "long") next++;
  const noun = findNoun(ctx, next, 2);
  if (noun === null) return null;
  return {
    kind: noun.kind,
    hours: total,
    spokenUnit: spoken(length.unit),
    from: i,
    to: noun.index + 1,
    detached: null,
  };
}

/**
 * "<count> <media>, <length> each", "<count> <media> of <length>", "<count> <media>, each about
 * <length>"; a "<length> each" up to five tokens further on also belongs to the count.
 */
function readCountFirst(ctx: ParseContext, i: number): MediaAmount | null {
  const count = readNumber(ctx, i);
  if (count === null || count.value === null) return null;
  const noun = findNoun(ctx, count.to, 2);
  if (noun === null) return null;
  let j = noun.index + 1;
  let linked = textAt(ctx, j) === "of";
  while (linkWords.has(textAt(ctx, j)) && j - noun.index <= 4) {
    if (textAt(ctx, j) === "each") linked = true;
    j++;
  }
  const amount = (length: { hours: number; unit: string | null }) => ({
    kind: noun.kind,
    hours: length.hours * (count.value ?? 1),
    spokenUnit: spoken(length.unit),
    from: i,
  });
  const length = readLength(ctx, j, true);
  if (length !== null && length.hours !== null) {
    const trailing = eachWords.has(textAt(ctx, length.to));
    if (linked || trailing)
      return {
        ...amount({ hours: length.hours, unit: length.unit }),
        to: trailing ? length.to + 1 : length.to,
        detached: null,
      };
  }
  // detached: "<length> each" or "each [about] <length> [long]" up to six tokens on
  for (let k = noun.index + 1; k <= noun.index + 6; k++) {
    const afterEach = textAt(ctx, k) === "each" ? k + 1 : k;
    const start = afterEach > k && linkWords.has(textAt(ctx, afterEach)) ? afterEach + 1 : afterEach;
    const later = readLength(ctx, start, true);
    if (later?.hours == null) continue;
    const eachAfter = textAt(ctx, later.to) === "each";
    if (!eachAfter && afterEach === k) continue;
    const end = eachAfter || textAt(ctx, later.to) === "long" ? later.to + 1 : later.to;
    return { ...amount({ hours: later.hours, unit: later.unit }), to: noun.index + 1, detached: [k, end] };
  }
  return null;
}

export function extractMediaAmounts(ctx: ParseContext): MediaAmount[] {
  const found: MediaAmount[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    const match = readCountFirst(ctx, i) ?? readLengthFirst(ctx, i);
    if (match === null || !isFree(ctx, match.from, match.to)) continue;
    if (match.detached !== null && !isFree(ctx, match.detached[0], match.detached[1])) continue;
    claim(ctx, match.from, match.to, "media");
    if (match.detached !== null) claim(ctx, match.detached[0], match.detached[1], "media");
    found.push(match);
    i = match.to - 1;
  }
  return found;
}
