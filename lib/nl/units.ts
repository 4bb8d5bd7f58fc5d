import type { QuantityUnit } from "./schema";

/**
 * Vocabulary of amounts: which nouns count work items and in which unit, which nouns are
 * audio or video media (so "40 hours of podcasts" is audio, not rental time), and what each
 * time unit is worth in hours. A month is 730 h (8760 / 12, the cloud billing convention).
 */

const nounGroups: ReadonlyArray<readonly [QuantityUnit, string]> = [
  [
    "images",
    "image img picture pic photo avatar headshot portrait thumbnail logo icon illustration wallpaper " +
      "sticker banner poster artwork drawing painting still meme selfie sprite render",
  ],
  ["videos", "video vid clip film movie reel"],
  ["tokens", "token"],
  ["requests", "request req query prompt message completion inference prediction"],
  [
    "documents",
    "document doc pdf page file article email review ticket record row text sentence paragraph chunk " +
      "passage contract invoice description post tweet comment abstract paper book note recording " +
      "episode podcast interview lecture meeting call memo item embedding audiobook webpage receipt " +
      "report essay voicemail entry listing webinar",
  ],
  ["samples", "sample example pair conversation dialogue dialog datapoint"],
  ["frames", "frame"],
  ["epochs", "epoch"],
];

/** Irregular plurals; every other noun takes "s" (or "es"). */
const irregular: Readonly<Record<string, string>> = { query: "queries", entry: "entries", epoch: "epochs" };

function withPlurals(words: string[]): string[] {
  return words.flatMap((word) => [
    word,
    irregular[word] ?? (/(s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`),
  ]);
}

export const countNouns: ReadonlyMap<string, QuantityUnit> = new Map(
  nounGroups.flatMap(([unit, words]) => withPlurals(words.split(" ")).map((word) => [word, unit] as const)),
);

/** Nouns that also read as one item when singular after "a/an" ("make me a video"). */
export function isSingular(noun: string): boolean {
  return countNouns.has(noun) && !noun.endsWith("s");
}

export const audioNouns: ReadonlySet<string> = new Set(
  withPlurals(
    "audio podcast recording call meeting interview lecture speech voice audiobook episode sermon talk conversation voicemail memo webinar seminar keynote broadcast livestream".split(
      " ",
    ),
  ),
);
export const videoNouns: ReadonlySet<string> = new Set([
  ...withPlurals("video vid clip film movie animation reel".split(" ")),
  "footage",
]);

export type TimeUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

export const timeUnitHours: Readonly<Record<TimeUnit, number>> = {
  second: 1 / 3600,
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 168,
  month: 730,
  year: 8760,
};

const timeWords: Readonly<Record<string, TimeUnit>> = {
  sec: "second",
  secs: "second",
  second: "second",
  seconds: "second",
  min: "minute",
  mins: "minute",
  minute: "minute",
  minutes: "minute",
  h: "hour",
  hr: "hour",
  hrs: "hour",
  hour: "hour",
  hours: "hour",
  day: "day",
  days: "day",
  wk: "week",
  wks: "week",
  week: "week",
  weeks: "week",
  fortnight: "week",
  mo: "month",
  mos: "month",
  month: "month",
  months: "month",
  yr: "year",
  yrs: "year",
  year: "year",
  years: "year",
};

/** Single letters that are units only when glued to the number ("30m", "3d", "2w", "5s"). */
const gluedOnly: Readonly<Record<string, TimeUnit>> = { m: "minute", d: "day", w: "week", s: "second" };

/** Unit of a word, honouring that "m"/"d"/"w"/"s" need to touch the number. */
export function timeUnitOf(word: string, joined: boolean): TimeUnit | null {
  if (word === "fortnight") return "week";
  const unit = timeWords[word];
  if (unit !== undefined) return unit;
  return joined ? (gluedOnly[word] ?? null) : null;
}

/** Hours in one `word` unit; a fortnight is two weeks. */
export function unitHours(word: string, unit: TimeUnit): number {
  return word === "fortnight" ? 2 * timeUnitHours.week : timeUnitHours[unit];
}

/** Words that may not sit between a number and its noun ("10 for images" is no amount of images). */
export const fillerStops: ReadonlySet<string> = new Set(
  (
    "for in on with to per at by from into over within under each and or of a an the is are was be using " +
    "via through than as that this these those my our your their his her its it i we you they me us " +
    "need want run make generate create do get can will would should could please about around like"
  ).split(" "),
);
