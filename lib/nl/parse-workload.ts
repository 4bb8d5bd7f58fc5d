import { extractBudget } from "./budget";
import { extractConcurrency } from "./concurrency";
import { computeConfidence } from "./confidence";
import { wordView } from "./context";
import { extractContextLength } from "./context-length";
import { extractDuration } from "./duration";
import { extractGpu } from "./gpu";
import { extractHints } from "./hints";
import { extractMediaAmounts } from "./media";
import { missingFields } from "./missing-fields";
import { extractModel } from "./model";
import { extractPrecision } from "./precision";
import { extractCounts } from "./quantity";
import { chooseQuantity } from "./quantity-choice";
import { extractRegion } from "./region";
import type { ParsedWorkload } from "./schema";
import { extractMinVram } from "./vram";
import { createWorkloadContext } from "./workload-context";
import { classifyWorkload } from "./workload-type";

/**
 * Deterministic natural-language workload parser: "I need to process 10 AI images for 1 hour"
 * → { workloadType: "image_generation", quantity: 10, quantityUnit: "images", durationHours: 1,
 * ... }. No model weights, no network, no randomness: the same text always gives the same
 * result, in well under a millisecond for a chat message.
 *
 * Extractors run in an order that resolves their overlaps: money first ("$2 an hour" is not a
 * duration), then model names ("mistral 7b" is not seven items), GPUs and VRAM ("8x H100",
 * "48gb card"), load figures (users, context), media lengths ("40 hours of audio"), counted
 * amounts and rates, and only then the remaining time expressions as the duration. Each claims
 * its tokens so later ones cannot reuse them. The workload type is decided last, from keywords
 * and from what the extractors found.
 */
export function parseWorkload(text: string): ParsedWorkload {
  const ctx = createWorkloadContext(typeof text === "string" ? text : "");
  const budget = extractBudget(ctx);
  const model = extractModel(ctx);
  const gpu = extractGpu(ctx);
  const minVramGb = extractMinVram(ctx);
  const concurrentUsers = extractConcurrency(ctx);
  const contextLength = extractContextLength(ctx);
  const media = extractMediaAmounts(ctx);
  const counts = extractCounts(ctx);
  const durationHours = extractDuration(ctx);
  const region = extractRegion(ctx);

  const words = wordView(ctx);
  const score = classifyWorkload(words, {
    modelCategories: model.categories,
    mediaKinds: media.map((item) => item.kind),
    hasConcurrency: concurrentUsers !== null,
  });
  const choice = chooseQuantity(counts, media, score.type, durationHours);

  const partial = {
    workloadType: score.type,
    quantity: choice.quantity,
    quantityUnit: choice.unit,
    quantityPerHour: choice.perHour,
    durationHours,
    model: model.model,
    precision: extractPrecision(words),
    budget,
    gpu,
    minVramGb,
    region,
    concurrentUsers,
    contextLength,
    hints: extractHints(words),
  };
  const otherFields = [model.model, gpu, budget, region, minVramGb, concurrentUsers].filter(
    (field) => field !== null,
  ).length;
  const confidence = computeConfidence({
    type: score.type,
    score,
    hasQuantity: choice.quantity !== null,
    hasRateOnly: choice.quantity === null && choice.perHour !== null,
    hasDuration: durationHours !== null,
    otherFields,
    corrections: ctx.tokens.filter((token) => token.fuzzy).length,
  });
  return { ...partial, confidence, missingFields: missingFields(partial) };
}
