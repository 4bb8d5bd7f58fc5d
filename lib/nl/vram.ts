import { claim, isFree, type ParseContext, textAt } from "./context";

/**
 * Minimum GPU memory stated as a requirement: "at least 48GB VRAM", "48 gigs of vram", "80GB
 * each", "16gb+ VRAM", "a single 48gb card", "40 GB of memory" (when GPUs are the subject).
 * A size that belongs to a GPU name ("A100 80GB") was claimed by the GPU extractor; sizes of
 * RAM, disks, datasets or model files are not VRAM.
 */

const memoryWords: ReadonlySet<string> = new Set(["gb", "g", "gig", "gigs", "gigabyte", "gigabytes"]);
const vramAfter: ReadonlySet<string> = new Set([
  "vram",
  "gpu",
  "gpus",
  "card",
  "cards",
  "each",
  "memory",
  "mem",
  "hbm",
]);
const skippable: ReadonlySet<string> = new Set(["+", "of", "or", "more", "plus", "per", "gpu's", "graphics"]);
const notVram: ReadonlySet<string> = new Set([
  "ram",
  "disk",
  "storage",
  "ssd",
  "nvme",
  "dataset",
  "data",
  "model",
  "weights",
  "file",
  "files",
  "checkpoint",
  "system",
  "images",
  "download",
]);
const vramBefore: ReadonlySet<string> = new Set(["vram", "memory"]);

function isVram(ctx: ParseContext, i: number): boolean {
  let j = i + 2;
  while (skippable.has(textAt(ctx, j)) && j < i + 5) j++;
  const after = textAt(ctx, j);
  if (notVram.has(after)) return false;
  if (vramAfter.has(after)) return after !== "memory" || textAt(ctx, j - 1) !== "system";
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (vramBefore.has(textAt(ctx, k))) return true;
  return false;
}

export function extractMinVram(ctx: ParseContext): number | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i];
    const unit = ctx.tokens[i + 1];
    if (token?.kind !== "num" || unit === undefined || !memoryWords.has(unit.text)) continue;
    if (unit.text === "g" && !unit.joined) continue;
    if (!isFree(ctx, i, i + 2) || !isVram(ctx, i) || !(token.value > 0)) continue;
    claim(ctx, i, i + 2, "vram");
    return token.value;
  }
  return null;
}
