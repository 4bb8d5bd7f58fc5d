import { claim, isFree, type ParseContext, textAt } from "./context";
import { readNumber } from "./numbers";

/**
 * How many people or streams are served at once: "for 100 concurrent users", "50 simultaneous
 * sessions", "a team of 15 devs", "20 concurrent requests". A number of users without
 * "concurrent" is still read as the concurrency to plan for: it is the only load figure given.
 */

const qualifiers: ReadonlySet<string> = new Set(["concurrent", "simultaneous", "parallel", "active"]);
const people: ReadonlySet<string> = new Set(
  "user users people customers clients devs developers engineers employees students players visitors sessions streams connections seats members agents".split(
    " ",
  ),
);
/** Only with a qualifier: "20 concurrent requests" is load, "20 requests" is an amount. */
const qualifiedOnly: ReadonlySet<string> = new Set([
  "requests",
  "queries",
  "calls",
  "chats",
  "conversations",
  "generations",
]);

export function extractConcurrency(ctx: ParseContext): number | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    const number = readNumber(ctx, i, { ranges: true });
    if (number === null || number.value === null || number.value < 1) continue;
    let j = number.to;
    const qualified = qualifiers.has(textAt(ctx, j));
    if (qualified) j++;
    const noun = textAt(ctx, j);
    if (!people.has(noun) && !(qualified && qualifiedOnly.has(noun))) continue;
    if (!isFree(ctx, i, j + 1)) continue;
    claim(ctx, i, j + 1, "load");
    return Math.round(number.value);
  }
  return null;
}
