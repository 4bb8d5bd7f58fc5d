import { claim, isFree, type ParseContext, textAt, viewRange } from "./context";
import {
  familiesNeedingVersion,
  fixedModels,
  llmPattern,
  type ModelCategory,
  moeParams,
  publishedParams,
} from "./model-catalog";
import type { ModelRef } from "./schema";
import { countNouns } from "./units";

/**
 * Model named in the request, normalised ("Llama-3-70B-Instruct" → "llama-3-70b", "stabel
 * diffusion xl" → "sdxl"), plus sizes given without a name ("a 13B model", "13 billion
 * parameter model", "a 1b classifier"). The first named model wins; a size given separately
 * fills in the parameters of a name that has none. Every mention is claimed so "mistral 7b"
 * never becomes seven of something.
 */

export interface ModelMention {
  name: string | null;
  paramsBillions: number | null;
  category: ModelCategory;
  from: number;
  to: number;
}

export interface ModelExtraction {
  model: ModelRef | null;
  /** categories of every mention, for the workload-type classifier */
  categories: ModelCategory[];
}

const boundaryBefore = "(?<![\\p{L}\\p{N}])";
const boundaryAfter = "(?![\\p{L}\\p{N}])";
const llmRegex = new RegExp(boundaryBefore + llmPattern + boundaryAfter, "gu");
const fixedRegexes = fixedModels.map((entry) => ({
  entry,
  regex: new RegExp(`${boundaryBefore}(?:${entry.pattern})${boundaryAfter}`, "gu"),
}));

function familyName(raw: string): string {
  const compact = raw.replace(/[\s_-]/g, "");
  if (compact === "gpt2") return "gpt-2";
  if (compact.startsWith("gpt")) return `gpt-${compact.slice(3)}`;
  if (compact === "deepseekcoder") return "deepseek-coder";
  return compact;
}

function llmMention(match: RegExpExecArray): { name: string; params: number | null } | null {
  const [, family = "", version, specialisation, size, sizeUnit, sizeWord] = match;
  const name = familyName(family);
  if (familiesNeedingVersion.has(name) && version === undefined && size === undefined) return null;
  const cleanVersion =
    version !== undefined && /^v\d/.test(version) && name !== "deepseek" ? version.slice(1) : version;
  const sizeText = size === undefined ? undefined : `${size}${sizeUnit ?? ""}`;
  const full = [name, cleanVersion, specialisation, sizeText, sizeWord]
    .filter((part) => part !== undefined)
    .join("-");
  return { name: full, params: paramsFromSize(size, sizeUnit) ?? publishedParams[full] ?? null };
}

function paramsFromSize(size: string | undefined, unit: string | undefined): number | null {
  if (size === undefined) return null;
  if (size.includes("x")) return moeParams[size] ?? null;
  const value = Number(size);
  return unit === "m" ? value / 1000 : value;
}

function namedMentions(ctx: ParseContext): ModelMention[] {
  const mentions: ModelMention[] = [];
  for (const match of ctx.view.matchAll(llmRegex)) {
    const parsed = llmMention(match);
    if (parsed === null) continue;
    const { from, to } = viewRange(ctx, match.index, match.index + match[0].length);
    mentions.push({ name: parsed.name, paramsBillions: parsed.params, category: "llm", from, to });
  }
  for (const { entry, regex } of fixedRegexes) {
    for (const match of ctx.view.matchAll(regex)) {
      const name = entry.name(match);
      const { from, to } = viewRange(ctx, match.index, match.index + match[0].length);
      mentions.push({
        name,
        paramsBillions: publishedParams[name] ?? null,
        category: entry.category,
        from,
        to,
      });
    }
  }
  return mentions;
}

/** "13b", "1.3B", "13 billion param(eter)s", "125m parameters", "8x7b" not followed by "tokens". */
function sizeMentionAt(ctx: ParseContext, i: number): ModelMention | null {
  const token = ctx.tokens[i];
  if (token?.kind !== "num" || textAt(ctx, i - 1) === "$") return null;
  if (textAt(ctx, i + 1) === "x" && ctx.tokens[i + 2]?.kind === "num" && textAt(ctx, i + 3) === "b") {
    const moe = moeParams[`${token.text}x${textAt(ctx, i + 2)}`];
    return moe === undefined
      ? null
      : { name: null, paramsBillions: moe, category: "llm", from: i, to: i + 4 };
  }
  const unit = ctx.tokens[i + 1];
  if (unit === undefined) return null;
  const billions = (unit.text === "b" && unit.joined) || unit.text === "billion" || unit.text === "bn";
  const millions = unit.text === "m" && unit.joined;
  if (!billions && !millions) return null;
  let to = i + 2;
  const next = textAt(ctx, to);
  const paramWord = /^param(eter)?s?$/.test(next);
  if (paramWord) to++;
  const modelWord = paramWord || next === "model" || next === "models" || next === "llm";
  // "5 billion" alone is a number and "20B tokens" an amount; only a glued "b" or a model word makes a size
  if (countNouns.has(next) || !(unit.text === "b" || modelWord) || (millions && !modelWord)) return null;
  const value = billions ? token.value : token.value / 1000;
  return value > 0 ? { name: null, paramsBillions: value, category: "llm", from: i, to } : null;
}

export function extractModel(ctx: ParseContext): ModelExtraction {
  const named = namedMentions(ctx)
    .filter((mention) => mention.to > mention.from && isFree(ctx, mention.from, mention.to))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: ModelMention[] = [];
  for (const mention of named) {
    if (!isFree(ctx, mention.from, mention.to)) continue;
    claim(ctx, mention.from, mention.to, "model");
    kept.push(mention);
  }
  const sizes: ModelMention[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const size = isFree(ctx, i, i + 1) ? sizeMentionAt(ctx, i) : null;
    if (size === null || !isFree(ctx, size.from, size.to)) continue;
    claim(ctx, size.from, size.to, "model");
    sizes.push(size);
  }
  const first = kept[0];
  const size = sizes[0];
  const categories = [...kept, ...sizes].map((mention) => mention.category);
  if (first === undefined) {
    return {
      model: size === undefined ? null : { name: null, paramsBillions: size.paramsBillions },
      categories,
    };
  }
  const paramsBillions =
    first.paramsBillions ?? (first.category === "llm" ? (size?.paramsBillions ?? null) : null);
  return { model: { name: first.name, paramsBillions }, categories };
}
