import { claim, isFree, type ParseContext, textAt } from "./context";

/**
 * Context window in tokens: "8k context", "32k ctx", "128k context window", "32k tokens of
 * context", "context length of 32,000". A "k" on a power of two means KiB-style thousands
 * (8k = 8192, 128k = 131072), as model cards use it; other "k" values are ×1000 (100k = 100,000).
 */

const contextWords: ReadonlySet<string> = new Set(["context", "ctx"]);
const binarySizes: ReadonlySet<number> = new Set([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);

function sizeAt(ctx: ParseContext, i: number): { tokens: number; to: number } | null {
  const token = ctx.tokens[i];
  if (token?.kind !== "num" || !(token.value > 0)) return null;
  const k = ctx.tokens[i + 1];
  if (k?.text === "k" && k.joined) {
    const tokens = binarySizes.has(token.value) ? token.value * 1024 : token.value * 1000;
    return { tokens: Math.round(tokens), to: i + 2 };
  }
  return Number.isInteger(token.value) ? { tokens: token.value, to: i + 1 } : null;
}

export function extractContextLength(ctx: ParseContext): number | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    // "<size> [tokens] [of] context"
    const size = sizeAt(ctx, i);
    if (size !== null) {
      let j = size.to;
      if (textAt(ctx, j) === "tokens" || textAt(ctx, j) === "token") j++;
      if (textAt(ctx, j) === "of") j++;
      if (contextWords.has(textAt(ctx, j)) && isFree(ctx, i, j + 1)) {
        claim(ctx, i, j + 1, "load");
        return size.tokens;
      }
    }
    // "context [window|length|size] [of|:|=] <size>"
    if (contextWords.has(textAt(ctx, i))) {
      let j = i + 1;
      if (["window", "length", "size", "len"].includes(textAt(ctx, j))) j++;
      if (["of", ":", "=", "is"].includes(textAt(ctx, j))) j++;
      const after = sizeAt(ctx, j);
      if (after !== null && isFree(ctx, i, after.to)) {
        claim(ctx, i, after.to, "load");
        return after.tokens;
      }
    }
  }
  return null;
}
