import { claim, isFree, type ParseContext, textAt } from "./context";
import {
  type GpuFamily,
  gpuFamilies,
  gpuNouns,
  machineWords,
  variantWords,
  vendorWords,
} from "./gpu-catalog";
import { readNumber } from "./numbers";
import type { GpuRequest } from "./schema";
import { countNouns, fillerStops, timeUnitOf } from "./units";

/**
 * GPU model and count: "8x H100", "h100 x8", "two A100s", "a couple of 4090s", "dual 3090",
 * "a single L40S", "4x A100 80GB", "8 gpus" (count without model). Plural without a number
 * ("T4s") gives a null count; so does a count of machines ("5 h100 nodes") and "a gpu" without
 * a model (nothing to count yet). The first named GPU wins and borrows a separate count
 * ("8 gpus ... h100") when it has none.
 */

interface Mention {
  model: string | null;
  count: number | null;
  from: number;
  to: number;
}

const countWords: Readonly<Record<string, number>> = { dual: 2, twin: 2, double: 2, quad: 4, single: 1 };
const timesSigns: ReadonlySet<string> = new Set(["x", "×", "*"]);
const memoryWords: ReadonlySet<string> = new Set(["gb", "g", "gig", "gigs", "gigabyte", "gigabytes"]);
const separators: ReadonlySet<string> = new Set(["-", "_"]);
const currencySigns: ReadonlySet<string> = new Set(["$", "€", "£"]);

/** Compact pieces glued to token i ("a" "100" from "a100", "a-100"), with the token index after each. */
function gluedPieces(ctx: ParseContext, i: number): { key: string; to: number }[] {
  const prefixes: { key: string; to: number }[] = [];
  let key = "";
  let j = i;
  while (j < ctx.tokens.length && prefixes.length < 5) {
    const token = ctx.tokens[j];
    if (token === undefined || token.kind === "sym") break;
    if (j > i && !token.joined) break;
    key += token.text;
    prefixes.push({ key, to: j + 1 });
    const next = ctx.tokens[j + 1];
    const after = ctx.tokens[j + 2];
    j += next !== undefined && separators.has(next.text) && next.joined && after?.joined === true ? 2 : 1;
  }
  // "gaudi 2" is written with a space
  const last = prefixes[prefixes.length - 1];
  if (key === "gaudi" && last !== undefined && ctx.tokens[last.to]?.kind === "num") {
    prefixes.push({ key: `gaudi${textAt(ctx, last.to)}`, to: last.to + 1 });
  }
  return prefixes;
}

function readFamily(ctx: ParseContext, i: number): { family: GpuFamily; to: number; start: number } | null {
  let j = i;
  let prefixed = false;
  while (vendorWords.has(textAt(ctx, j))) {
    prefixed = true;
    j++;
  }
  const candidates = gluedPieces(ctx, j).reverse();
  for (const { key, to } of candidates) {
    const family = gpuFamilies.get(key);
    if (family === undefined) continue;
    if (family.requiresSuffix !== undefined && textAt(ctx, to) !== family.requiresSuffix) continue;
    if (family.numeric === true && !prefixed && !numericLooksLikeGpu(ctx, j, to)) continue;
    return { family, to, start: i };
  }
  return null;
}

/** A bare "4090" is a GPU unless it is money, an amount of something, or part of "1024x4090". */
function numericLooksLikeGpu(ctx: ParseContext, i: number, to: number): boolean {
  if (
    currencySigns.has(textAt(ctx, i - 1)) ||
    ctx.tokens[i]?.kind !== "num" ||
    ctx.tokens[i]?.text.includes(".")
  )
    return false;
  const after = textAt(ctx, to) === "s" ? to + 1 : to;
  const next = textAt(ctx, after);
  return (
    !countNouns.has(next) && timeUnitOf(next, ctx.tokens[after]?.joined === true) === null && next !== "p"
  );
}

/** Variant words and memory after the family ("sxm5", "pci-e", "ti", "80gb", "- 40 gb"). */
function readTail(ctx: ParseContext, family: GpuFamily, from: number): { name: string; to: number } {
  let j = textAt(ctx, from) === "s" && ctx.tokens[from]?.joined === true ? from + 1 : from;
  let variant: string | null = null;
  let memory: number | null = null;
  for (let round = 0; round < 3; round++) {
    const k = separators.has(textAt(ctx, j)) ? j + 1 : j;
    const word = textAt(ctx, k);
    const canonical = word === "pci" ? "PCIe" : variantWords[word];
    if (canonical !== undefined && (family.variants?.includes(canonical) || family.requiresSuffix === word)) {
      if (family.requiresSuffix !== word) variant = canonical;
      j = k + 1;
      if (word === "pci") j += textAt(ctx, j) === "-" ? 2 : 1;
      if (word === "sxm" && ctx.tokens[j]?.kind === "num" && ctx.tokens[j]?.joined === true) j++;
      continue;
    }
    if (ctx.tokens[k]?.kind === "num" && memoryWords.has(textAt(ctx, k + 1))) {
      memory = ctx.tokens[k]?.value ?? null;
      j = k + 2;
      continue;
    }
    break;
  }
  if (textAt(ctx, j) === "s" && ctx.tokens[j]?.joined === true) j++;
  const withMemory = memory !== null && family.memoriesGb?.includes(memory) === true ? ` ${memory}GB` : "";
  return { name: `${family.name}${variant === null ? "" : ` ${variant}`}${withMemory}`, to: j };
}

function readCount(ctx: ParseContext, i: number): { count: number; to: number; article: boolean } | null {
  const word = textAt(ctx, i);
  const fixed = countWords[word];
  if (fixed !== undefined) return { count: fixed, to: i + 1, article: false };
  if (word === "a" || word === "an") {
    const number = readNumber(ctx, i, { letterScales: false });
    if (number?.value != null) return { count: number.value, to: number.to, article: false };
    return { count: 1, to: i + 1, article: true };
  }
  const number = readNumber(ctx, i, { letterScales: false });
  if (
    number === null ||
    number.value === null ||
    !Number.isInteger(number.value) ||
    number.value < 1 ||
    number.value > 100_000
  ) {
    return null;
  }
  return { count: number.value, to: number.to, article: false };
}

function readMention(ctx: ParseContext, i: number): Mention | null {
  const direct = readFamily(ctx, i);
  if (direct !== null) return finishNamed(ctx, i, direct.family, direct.to, null, false);
  const count = readCount(ctx, i);
  // "a 24 gig card": the number is a memory size, not a count
  if (count === null || memoryWords.has(textAt(ctx, count.to))) return null;
  let j = count.to;
  const hasTimes = timesSigns.has(textAt(ctx, j));
  if (hasTimes) j++;
  if (textAt(ctx, j) === "-") j++;
  if (ctx.tokens[j]?.kind === "num" && memoryWords.has(textAt(ctx, j + 1))) j += 2;
  const named = readFamily(ctx, j);
  if (named !== null) return finishNamed(ctx, i, named.family, named.to, count.count, hasTimes);
  if (count.article) return null;
  // count without a model: "8 gpus", "a single 48gb card", "two big gpus"
  const adjectivesFrom = j;
  while (j - adjectivesFrom < 2 && isAdjective(ctx, j)) j++;
  if (!gpuNouns.has(textAt(ctx, j))) return null;
  return { model: null, count: count.count, from: i, to: j + 1 };
}

function isAdjective(ctx: ParseContext, i: number): boolean {
  const word = textAt(ctx, i);
  return (
    ctx.tokens[i]?.kind === "word" && !gpuNouns.has(word) && !fillerStops.has(word) && !countNouns.has(word)
  );
}

function finishNamed(
  ctx: ParseContext,
  from: number,
  family: GpuFamily,
  familyEnd: number,
  countBefore: number | null,
  hasTimes: boolean,
): Mention {
  const tail = readTail(ctx, family, familyEnd);
  let to = tail.to;
  let count = countBefore;
  if (timesSigns.has(textAt(ctx, to))) {
    const after = readNumber(ctx, to + 1, { letterScales: false });
    if (after?.value != null && Number.isInteger(after.value)) {
      count = after.value;
      to = after.to;
    }
  }
  if (!hasTimes && count === countBefore && machineWords.has(textAt(ctx, to))) count = null;
  return { model: tail.name, count, from, to };
}

export function extractGpu(ctx: ParseContext): GpuRequest | null {
  const mentions: Mention[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isFree(ctx, i, i + 1)) continue;
    const mention = readMention(ctx, i);
    if (mention === null || !isFree(ctx, mention.from, mention.to)) continue;
    mentions.push(mention);
    i = mention.to - 1;
  }
  for (const mention of mentions) claimMention(ctx, mention);
  const named = mentions.find((mention) => mention.model !== null);
  const counted = mentions.find((mention) => mention.model === null);
  if (named !== undefined) return { model: named.model, count: named.count ?? counted?.count ?? null };
  return counted === undefined ? null : { model: null, count: counted.count };
}

/** Claims the mention but leaves memory sizes ("48gb card") to the VRAM extractor. */
function claimMention(ctx: ParseContext, mention: Mention): void {
  for (let i = mention.from; i < mention.to; i++) {
    const isMemory =
      ctx.tokens[i]?.kind === "num" && memoryWords.has(textAt(ctx, i + 1)) && mention.model === null;
    const isMemoryUnit =
      memoryWords.has(textAt(ctx, i)) && ctx.tokens[i - 1]?.kind === "num" && mention.model === null;
    if (!isMemory && !isMemoryUnit) claim(ctx, i, i + 1, "gpu");
  }
}
