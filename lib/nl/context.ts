import { foldText, type Token, tokenize } from "./tokenize";

/** Which extractor owns a token; the count extractor may read through "model" ("25k SDXL renders"). */
export type Claimant =
  | "budget"
  | "model"
  | "gpu"
  | "vram"
  | "load"
  | "media"
  | "count"
  | "duration"
  | "region";

/**
 * State shared by the extractors during one parse. Extractors run in a fixed order and *claim*
 * the tokens they use, so "$2 an hour" is a budget and not a one-hour duration, and "40 hours of
 * audio" is an amount of audio and not a rental period.
 */
export interface ParseContext {
  /** lower-cased folded text; token offsets point into it */
  text: string;
  /** the folded text with its original case, or null when lower-casing changed its length */
  cased: string | null;
  tokens: Token[];
  /** which extractor took each token, or null while free */
  claimed: (Claimant | null)[];
  /**
   * The tokens re-joined after typo correction ("stabel diffusion" → "stable diffusion"), one
   * space where the input had any gap: what the regular-expression extractors (model names,
   * regions) read. `viewStarts[i]` is where token i begins in it.
   */
  view: string;
  viewStarts: number[];
}

export function createContext(input: string, correct: (tokens: Token[]) => Token[] = (t) => t): ParseContext {
  const folded = foldText(input);
  const text = folded.toLowerCase();
  const tokens = correct(tokenize(text));
  const viewStarts: number[] = [];
  let view = "";
  tokens.forEach((token, i) => {
    if (i > 0 && !token.joined) view += " ";
    viewStarts.push(view.length);
    view += token.text;
  });
  return {
    text,
    cased: text.length === folded.length ? folded : null,
    tokens,
    claimed: tokens.map(() => null),
    view,
    viewStarts,
  };
}

/** Token range [from, to) covering the span [start, end) of `ctx.view` (binary search). */
export function viewRange(ctx: ParseContext, start: number, end: number): { from: number; to: number } {
  const firstAtOrAfter = (offset: number) => {
    let low = 0;
    let high = ctx.viewStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ctx.viewStarts[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return { from: firstAtOrAfter(start), to: firstAtOrAfter(end) };
}

export function isFree(ctx: ParseContext, from: number, to: number): boolean {
  if (from < 0 || to > ctx.tokens.length) return false;
  for (let i = from; i < to; i++) if (ctx.claimed[i] != null) return false;
  return true;
}

export function claim(ctx: ParseContext, from: number, to: number, by: Claimant): void {
  for (let i = Math.max(0, from); i < Math.min(to, ctx.tokens.length); i++) ctx.claimed[i] = by;
}

/** Text of token `i`, or "" past either end (keeps look-ahead code free of undefined checks). */
export function textAt(ctx: ParseContext, i: number): string {
  return ctx.tokens[i]?.text ?? "";
}

/** Word tokens (numbers included) with separators dropped: the view keyword phrases match on. */
export function wordView(ctx: ParseContext): string[] {
  return ctx.tokens.filter((token) => token.kind !== "sym").map((token) => token.text);
}
