import { claim, isFree, type ParseContext, textAt } from "./context";
import { readNumber } from "./numbers";
import type { Budget } from "./schema";
import { countNouns, timeUnitOf } from "./units";

/**
 * Money: "$2/hr", "under $2 per hour", "€300 per month", "300€/mo", "budget is 500 dollars",
 * "max 1.5 usd an hour", "£50 total", "10 bucks", "50 cents an hour", "3 quid", "budget 2k per
 * month" (no currency → USD, the marketplace's price currency), "$2-3/hr" (upper bound).
 * Periods: hour (incl. "per gpu hour"), day, month, total (default); a weekly figure becomes a
 * daily one (÷7). When several amounts appear, the one introduced by a budget word wins.
 */

type Currency = Budget["currency"];
type Period = Budget["per"];

const symbols: Readonly<Record<string, Currency>> = { $: "USD", "€": "EUR", "£": "GBP" };
const currencyWords: Readonly<Record<string, Currency>> = {
  usd: "USD",
  dollar: "USD",
  dollars: "USD",
  buck: "USD",
  bucks: "USD",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
  quid: "GBP",
  sterling: "GBP",
};
/** Hundredths: "50 cents" = 0.50 USD, "80 pence" = 0.80 GBP. */
const subunitWords: Readonly<Record<string, Currency>> = { cent: "USD", cents: "USD", pence: "GBP" };

const periodWords: Readonly<Record<string, Period | "week">> = {
  h: "hour",
  hr: "hour",
  hrs: "hour",
  hour: "hour",
  hours: "hour",
  hourly: "hour",
  day: "day",
  days: "day",
  daily: "day",
  d: "day",
  week: "week",
  wk: "week",
  weekly: "week",
  month: "month",
  months: "month",
  mo: "month",
  mon: "month",
  monthly: "month",
  total: "total",
  overall: "total",
};
const periodLinks: ReadonlySet<string> = new Set([
  "per",
  "/",
  "a",
  "an",
  "each",
  "every",
  "in",
  "p",
  "gpu",
  "-",
]);
const budgetCues: ReadonlySet<string> = new Set(
  "budget max maximum under below less cap limit spend spending afford pay most within upto cheaper".split(
    " ",
  ),
);
/** Only these make a bare number money ("budget 2k"); "under 3" may be hours. */
const bareCues: ReadonlySet<string> = new Set(["budget", "spend", "spending", "afford", "pay", "paying"]);

export interface MoneyMatch {
  budget: Budget;
  from: number;
  to: number;
  cued: boolean;
}

interface Amount {
  value: number;
  currency: Currency | null;
  to: number;
}

/** "$2", "$ 1.5k", "$2-3", "$2 to $3". */
function readSymbolFirst(ctx: ParseContext, i: number): Amount | null {
  const currency =
    symbols[textAt(ctx, i)] ?? (textAt(ctx, i) === "us" && textAt(ctx, i + 1) === "$" ? "USD" : undefined);
  if (currency === undefined) return null;
  const start = textAt(ctx, i) === "us" ? i + 2 : i + 1;
  const number = readNumber(ctx, start, { ranges: true });
  if (number === null || number.value === null) return null;
  let to = number.to;
  const dash = textAt(ctx, to);
  if ((dash === "-" || dash === "to") && symbols[textAt(ctx, to + 1)] === currency) {
    const upper = readNumber(ctx, to + 2);
    if (upper?.value != null && upper.value > number.value)
      return { value: upper.value, currency, to: upper.to };
  }
  if (currencyWords[textAt(ctx, to)] === currency) to++;
  return { value: number.value, currency, to };
}

/** "300€", "2 usd", "500 dollars", "50 cents"; with a budget cue, a bare "500". */
function readNumberFirst(ctx: ParseContext, i: number, cued: boolean): Amount | null {
  const number = readNumber(ctx, i, { ranges: true });
  if (number === null || number.value === null) return null;
  const after = textAt(ctx, number.to);
  const symbol = symbols[after];
  if (symbol !== undefined) return { value: number.value, currency: symbol, to: number.to + 1 };
  const word = currencyWords[after];
  if (word !== undefined) return { value: number.value, currency: word, to: number.to + 1 };
  const subunit = subunitWords[after];
  if (subunit !== undefined) return { value: number.value / 100, currency: subunit, to: number.to + 1 };
  const bare = cued && ctx.tokens[i]?.kind === "num" && !isUnitWord(textAt(ctx, number.to));
  return bare ? { value: number.value, currency: null, to: number.to } : null;
}

/** "budget 2k" is money, "spend 2 hours" is not. */
function isUnitWord(word: string): boolean {
  return timeUnitOf(word, false) !== null || countNouns.has(word);
}

/** "/hr", "per hour", "an hour", "per gpu hour", "/gpu/hr", "hourly", "per month", "total". */
function readPeriod(ctx: ParseContext, i: number): { per: Period | "week"; to: number } | null {
  let j = i;
  while (periodLinks.has(textAt(ctx, j)) && j - i < 4) j++;
  const per = periodWords[textAt(ctx, j)];
  if (per === undefined) return null;
  const linked = j > i || per === "total" || textAt(ctx, j).endsWith("ly");
  return linked ? { per, to: j + 1 } : null;
}

/** "hourly budget of $2", "monthly budget €300": a period word shortly before the amount. */
function periodBefore(ctx: ParseContext, i: number): Period | "week" | null {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const word = textAt(ctx, j);
    if (word.endsWith("ly")) {
      const per = periodWords[word];
      if (per !== undefined) return per;
    }
  }
  return null;
}

function isCued(ctx: ParseContext, i: number, cues: ReadonlySet<string>): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (cues.has(textAt(ctx, j))) return true;
  return false;
}

function findMoney(ctx: ParseContext): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    const cued = isCued(ctx, i, budgetCues);
    const amount = readSymbolFirst(ctx, i) ?? readNumberFirst(ctx, i, isCued(ctx, i, bareCues));
    if (amount === null) continue;
    const period = readPeriod(ctx, amount.to);
    const per = period?.per ?? periodBefore(ctx, i) ?? "total";
    const value = per === "week" ? amount.value / 7 : amount.value;
    const budget: Budget = {
      amount: value,
      currency: amount.currency ?? "USD",
      per: per === "week" ? "day" : per,
    };
    const to = period?.to ?? amount.to;
    found.push({ budget, from: i, to, cued });
    i = to - 1;
  }
  return found;
}

export function extractBudget(ctx: ParseContext): Budget | null {
  const found = findMoney(ctx);
  for (const match of found) claim(ctx, match.from, match.to, "budget");
  return (found.find((match) => match.cued) ?? found[0])?.budget ?? null;
}
