import { claim, isFree, type ParseContext, textAt } from "./context";
import { readNumber } from "./numbers";
import { countNouns, type TimeUnit, timeUnitOf, unitHours } from "./units";

/**
 * Rental / run time in hours. Accepts "90 minutes" (1.5), "two and a half hours" (2.5), "an
 * hour and a half", "half an hour", "1h30m", "1 hour 30 minutes", "2-3 hours" (upper bound: the
 * time to provision for), "a couple of days", "a fortnight". A month is 730 h.
 *
 * Never guessed: "overnight", "asap", "a while", "by Friday", "24/7" and "a few hours" give
 * null. Time that is really an amount of media ("40 hours of audio") or a budget period ("$2 an
 * hour") has been claimed by the media and budget extractors before this runs.
 */

export interface DurationMatch {
  /** null for a vague length ("a few hours") */
  hours: number | null;
  from: number;
  to: number;
  /** introduced by for / in / within / over / next ...: the likelier rental period */
  cued: boolean;
}

const cues: ReadonlySet<string> = new Set(
  "for in within over during next about around approx approximately roughly ~ under than least most only just like lasting takes".split(
    " ",
  ),
);
/** "once a day", "per hour", "every week" are frequencies, not lengths. */
const frequencyWords: ReadonlySet<string> = new Set(["per", "every", "each", "once", "twice", "/", "times"]);

/** Hours for `value` units; minutes and seconds divide so 45 min is exactly 0.75. */
function toHours(value: number, unit: TimeUnit, word: string): number {
  if (unit === "minute") return value / 60;
  if (unit === "second") return value / 3600;
  return value * unitHours(word, unit);
}

interface Length {
  hours: number | null;
  to: number;
  unit: TimeUnit | null;
}

/**
 * A length at token i: "<number> <unit>", "a/an <unit>", "half a/an <unit>", each optionally
 * followed by "and a half". Exported for the media extractor ("a 2 hour interview"), which is
 * `lenient` about glued letters because a media noun follows ("a 5s clip").
 */
export function readLength(ctx: ParseContext, i: number, lenient = false): Length | null {
  const word = textAt(ctx, i);
  if (word === "half" && (textAt(ctx, i + 1) === "a" || textAt(ctx, i + 1) === "an")) {
    const unit = unitAt(ctx, i + 2, false);
    if (unit !== null) return { hours: toHours(0.5, unit, textAt(ctx, i + 2)), to: i + 3, unit };
  }
  if (word === "a" || word === "an") {
    if (frequencyWords.has(textAt(ctx, i - 1))) return null;
    const halfFirst = textAt(ctx, i + 1) === "half";
    const unitIndex = halfFirst ? i + 2 : i + 1;
    const unit = unitAt(ctx, unitIndex, false);
    if (unit !== null) return withHalf(ctx, halfFirst ? 0.5 : 1, unit, unitIndex + 1, textAt(ctx, unitIndex));
  }
  const number = readNumber(ctx, i, { letterScales: false, ranges: true });
  if (number === null) return null;
  const unitIndex = textAt(ctx, number.to) === "-" ? number.to + 1 : number.to;
  const unitToken = ctx.tokens[unitIndex];
  const unit = unitAt(ctx, unitIndex, unitToken?.joined === true && unitIndex === number.to);
  if (unit === null || (!lenient && !gluedUnitAllowed(ctx, i, unitIndex, unit))) return null;
  if (number.value === null) return { hours: null, to: unitIndex + 1, unit };
  return withHalf(ctx, number.value, unit, unitIndex + 1, textAt(ctx, unitIndex));
}

function unitAt(ctx: ParseContext, i: number, joined: boolean): TimeUnit | null {
  const token = ctx.tokens[i];
  return token?.kind === "word" ? timeUnitOf(token.text, joined) : null;
}

/** "3d" may be a 3D scene and "30m" thirty million: only accept them where a length is expected. */
function gluedUnitAllowed(
  ctx: ParseContext,
  numberIndex: number,
  unitIndex: number,
  unit: TimeUnit,
): boolean {
  const letter = textAt(ctx, unitIndex);
  if (letter === "m") return !countNouns.has(textAt(ctx, unitIndex + 1));
  if (letter === "d" || letter === "w")
    return cues.has(textAt(ctx, numberIndex - 1)) || textAt(ctx, unitIndex + 1) === "of";
  return letter !== "s" || unit !== "second" || cues.has(textAt(ctx, numberIndex - 1));
}

function withHalf(ctx: ParseContext, value: number, unit: TimeUnit, next: number, word: string): Length {
  const half =
    textAt(ctx, next) === "and" && textAt(ctx, next + 1) === "a" && textAt(ctx, next + 2) === "half";
  return { hours: toHours(half ? value + 0.5 : value, unit, word), to: half ? next + 3 : next, unit };
}

/** Follows "1 hour" with "30 minutes", "and 30 minutes", or a bare "30" after a glued "1h". */
function readCompound(ctx: ParseContext, first: Length): Length {
  let next = first.to;
  if (textAt(ctx, next) === "and" || textAt(ctx, next) === ",") next++;
  const bare = ctx.tokens[first.to];
  if (
    first.unit === "hour" &&
    bare?.kind === "num" &&
    bare.joined &&
    timeUnitOf(textAt(ctx, first.to + 1), true) === null
  ) {
    return { hours: (first.hours ?? 0) + bare.value / 60, to: first.to + 1, unit: "minute" };
  }
  const second = readNumber(ctx, next, { letterScales: false }) === null ? null : readLength(ctx, next);
  if (second?.hours == null || first.hours === null || second.unit === null || first.unit === null)
    return first;
  if (unitHours("", second.unit) >= unitHours("", first.unit)) return first;
  return { hours: first.hours + second.hours, to: second.to, unit: second.unit };
}

function findDurations(ctx: ParseContext): DurationMatch[] {
  const found: DurationMatch[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    const first = readLength(ctx, i);
    if (first === null || !isFree(ctx, i, first.to)) continue;
    const length = readCompound(ctx, first);
    const end = isFree(ctx, i, length.to) ? length.to : first.to;
    found.push({
      hours: end === length.to ? length.hours : first.hours,
      from: i,
      to: end,
      cued: cues.has(textAt(ctx, i - 1)),
    });
    i = end - 1;
  }
  return found;
}

/** Picks the cued length if any (else the first), claims every length found, returns hours. */
export function extractDuration(ctx: ParseContext): number | null {
  const found = findDurations(ctx);
  for (const match of found) claim(ctx, match.from, match.to, "duration");
  const known = found.filter((match) => match.hours !== null && match.hours > 0);
  const chosen = known.find((match) => match.cued) ?? known[0];
  return chosen?.hours ?? null;
}
