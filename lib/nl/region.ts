import { claim, isFree, type ParseContext, textAt, viewRange } from "./context";
import { cloudPrefixes, demonyms, infrastructureNouns, type Place, placeTable } from "./region-table";
import type { Region } from "./schema";

/**
 * Where the user wants the GPUs: place names ("Germany", "Frankfurt", "somewhere in asia",
 * "the EU"), cloud region codes ("us-east-1", "eu-west", "US East") and demonyms before an
 * infrastructure noun ("german servers"). The first place mentioned wins.
 *
 * Not regions: a place after "of"/"about" ("the capital of France", "images of Paris"), a
 * language ("in German"), and the pronoun "us" — which counts only as "the US", upper-case
 * "US", or before a direction or infrastructure word ("us only", "us servers").
 */

interface Found {
  place: Place;
  raw: string;
  from: number;
  to: number;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const names = [...placeTable.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
const placeRegex = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "gu");
const directions =
  "east|west|north|south|central|northeast|northwest|southeast|southwest|southcentral|northcentral|westcentral";
const cloudRegex = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(cloudPrefixes).join("|")})-(${directions})(?:-?\\d+)?(?![\\p{L}])|` +
    `(?<![\\p{L}\\p{N}])(us|eu|europe|asia)\\s(${directions})(?![\\p{L}])`,
  "gu",
);
const usFollowers: ReadonlySet<string> = new Set([
  ...directions.split("|"),
  ...infrastructureNouns,
  "based",
  "only",
  "side",
]);
const notHere: ReadonlySet<string> = new Set(["of", "about"]);

function placeMatches(ctx: ParseContext): Found[] {
  const found: Found[] = [];
  for (const match of ctx.view.matchAll(placeRegex)) {
    const raw = match[0];
    const place = placeTable.get(raw.replace(/\s+/g, " "));
    const { from, to } = viewRange(ctx, match.index, match.index + raw.length);
    if (place === undefined || notHere.has(textAt(ctx, from - 1))) continue;
    found.push({ place, raw, from, to });
  }
  return found;
}

function cloudMatches(ctx: ParseContext): Found[] {
  const found: Found[] = [];
  for (const match of ctx.view.matchAll(cloudRegex)) {
    const prefix = match[1] ?? match[3] ?? "";
    const place = cloudPrefixes[prefix];
    if (place === undefined) continue;
    const { from, to } = viewRange(ctx, match.index, match.index + match[0].length);
    found.push({ place, raw: match[0], from, to });
  }
  return found;
}

/** The word "us" as the United States. */
function usMatches(ctx: ParseContext): Found[] {
  const found: Found[] = [];
  ctx.tokens.forEach((token, i) => {
    if (token.text !== "us" || token.kind !== "word") return;
    const upper = ctx.cased?.slice(token.start, token.end) === "US";
    const country = upper || textAt(ctx, i - 1) === "the" || usFollowers.has(textAt(ctx, i + 1));
    if (country && !notHere.has(textAt(ctx, i - 1))) {
      found.push({ place: { country: "US", continent: "north_america" }, raw: "us", from: i, to: i + 1 });
    }
  });
  return found;
}

function demonymMatches(ctx: ParseContext): Found[] {
  const found: Found[] = [];
  ctx.tokens.forEach((token, i) => {
    const place = demonyms.get(token.text);
    if (place === undefined) return;
    const near = [textAt(ctx, i + 1), textAt(ctx, i + 2)].some((word) => infrastructureNouns.has(word));
    if (near) found.push({ place, raw: token.text, from: i, to: i + 1 });
  });
  return found;
}

export function extractRegion(ctx: ParseContext): Region | null {
  const all = [...cloudMatches(ctx), ...placeMatches(ctx), ...usMatches(ctx), ...demonymMatches(ctx)]
    .filter((found) => found.to > found.from && isFree(ctx, found.from, found.to))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const first = all[0];
  if (first === undefined) return null;
  claim(ctx, first.from, first.to, "region");
  return { raw: first.raw, country: first.place.country, continent: first.place.continent };
}
