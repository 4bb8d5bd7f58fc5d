import type { z } from "zod";
import { resolveGpu } from "@/lib/gpu/resolve";
import { buildCsr, fitAls, recommendAls } from "@/lib/math/als";
import { detectAnomaly } from "@/lib/math/anomaly";
import { ensembleRecommend } from "@/lib/math/ensemble";
import { kpiConfidence } from "@/lib/math/kpi/confidence";
import { efficiencyScore } from "@/lib/math/kpi/efficiency-score";
import { costPer1MTokens, costPerGflop, costPerToken } from "@/lib/math/kpi/unit-costs";
import { predictPrice } from "@/lib/math/price-prediction";
import { contentSimilarity } from "@/lib/math/profile-features";
import { topsis } from "@/lib/math/topsis";
import { explainPair, topsisContributions } from "@/lib/math/topsis-explain";
import { estimateWorkload } from "@/lib/math/workload";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";
import type * as s from "@/server/schemas/math";
import { getBenchmark } from "./benchmarks";
import { cheapestGpuHourPrices, gpuCapabilities } from "./gpu-capabilities";

/**
 * The design's /math/* operations: snake_case API shapes in, lib/math calls, snake_case out.
 * Pure math stays in lib/math; this layer only looks up benchmark facts and prices.
 */

async function benchmarkFor(db: Executor, gpuType: string) {
  const r = resolveGpu(gpuType);
  if (r.status !== "known") {
    throw new AppError("VALIDATION_ERROR", `'${gpuType}' is not a single known GPU model`, {
      field: "gpu_type",
      reason: r.status === "ambiguous" ? `ambiguous: ${r.candidates.join(", ")}` : "unknown",
    });
  }
  return getBenchmark(db, r.model);
}

export async function mathCostPerToken(db: Executor, input: z.infer<typeof s.costPerTokenSchema>) {
  let tps = input.tokens_per_second;
  let provenance: "measured" | "estimated" = "measured";
  if (tps === undefined && input.gpu_type) {
    const b = await benchmarkFor(db, input.gpu_type);
    if (b.tokens_per_second_7b === null) {
      throw new AppError(
        "VALIDATION_ERROR",
        `No measured tokens/s for ${b.gpu_model}; pass tokens_per_second`,
        {
          field: "tokens_per_second",
        },
      );
    }
    tps = b.tokens_per_second_7b;
  } else provenance = "estimated";
  if (tps === undefined)
    throw new AppError("VALIDATION_ERROR", "tokens_per_second is required", { field: "tokens_per_second" });
  return {
    cost_per_token: costPerToken(input.price_per_hour, tps),
    cost_per_1m_tokens: costPer1MTokens(input.price_per_hour, tps),
    tokens_per_second: tps,
    confidence: kpiConfidence(provenance),
    basis:
      input.tokens_per_second === undefined
        ? "measured single-stream 7B benchmark"
        : "caller-supplied throughput",
  };
}

export async function mathCostPerGflop(db: Executor, input: z.infer<typeof s.costPerGflopSchema>) {
  let tflops = input.tflops;
  if (tflops === undefined && input.gpu_type) {
    const b = await benchmarkFor(db, input.gpu_type);
    tflops = b.tflops_fp16 ?? b.tflops_fp32 ?? undefined;
  }
  if (tflops === undefined)
    throw new AppError("VALIDATION_ERROR", "No TFLOPS figure for this GPU", { field: "tflops" });
  return {
    cost_per_gflop: costPerGflop(input.price_per_hour, tflops, input.utilization),
    tflops,
    utilization: input.utilization,
    confidence: kpiConfidence("peak-spec"),
  };
}

export function mathEfficiencyScore(input: z.infer<typeof s.efficiencyScoreSchema>) {
  const r = efficiencyScore({
    pricePerHourUsd: input.price_per_hour,
    gpuCount: input.gpu_count,
    vramGb: input.vram_gb,
    memoryBandwidthGbps: input.memory_bandwidth_gbps,
    tflopsBf16: input.tflops_bf16 ?? null,
    tokensPerSecond: input.tokens_per_second ?? null,
  });
  return { score: r.score, breakdown: r.breakdown, missing: r.missing };
}

export function mathTopsis(input: z.infer<typeof s.topsisSchema>) {
  const r = topsis(input.decision_matrix, input.weights, input.criteria_types);
  const names = input.criteria_names ?? input.weights.map((_, j) => `criterion_${j + 1}`);
  const [first, second] = r.rankings;
  return {
    rankings: Array.from(r.rankings),
    scores: Array.from(r.scores),
    ideal: Array.from(r.ideal),
    anti_ideal: Array.from(r.antiIdeal),
    separations_plus: Array.from(r.separationsPlus),
    separations_minus: Array.from(r.separationsMinus),
    weights: Array.from(r.weights),
    contributions: Array.from(r.rankings.slice(0, 10), (i) => ({
      alternative: i,
      criteria: topsisContributions(r, i),
    })),
    why_first: first !== undefined && second !== undefined ? explainPair(r, first, second, names) : [],
  };
}

export function mathCollaborativeFilter(input: z.infer<typeof s.collaborativeFilterSchema>) {
  const users = new Map<string, number>();
  const items = new Map<string, number>();
  const index = (m: Map<string, number>, k: string) => {
    const known = m.get(k);
    if (known !== undefined) return known;
    m.set(k, m.size);
    return m.size - 1;
  };
  const u = input.interactions.map((x) => index(users, x.user));
  const it = input.interactions.map((x) => index(items, x.item));
  const matrix = buildCsr(
    users.size,
    items.size,
    u,
    it,
    input.interactions.map((x) => x.value),
  );
  const { model, lossHistory } = fitAls(matrix, {
    factors: input.factors,
    iterations: input.iterations,
    regularization: input.regularization,
    seed: input.seed,
  });
  // An index past the trained users is "unknown" to recommendAls → popularity ranking.
  const userIndex = users.get(input.user) ?? users.size;
  const rec = recommendAls(model, userIndex, input.n, matrix);
  const itemNames = [...items.keys()];
  return {
    recommendations: rec.items.map((x) => itemNames[x.item] ?? String(x.item)),
    similarity_scores: rec.items.map((x) => x.score),
    strategy: rec.strategy,
    loss_history: lossHistory,
  };
}

export function mathContentSimilarity(input: z.infer<typeof s.contentSimilaritySchema>) {
  const scores = contentSimilarity(
    input.offers.map((o) => ({
      pricePerHourUsd: o.price_per_hour,
      gpuCount: o.gpu_count,
      vramGb: o.vram_gb,
      memoryBandwidthGbps: o.memory_bandwidth_gbps,
      tflopsBf16: o.tflops_bf16 ?? null,
      reliability: o.reliability ?? null,
      availability: o.availability ?? null,
    })),
    {
      budgetPerGpuHourUsd: input.profile.budget_per_gpu_hour,
      vramGb: input.profile.vram_gb,
      memoryBandwidthGbps: input.profile.memory_bandwidth_gbps,
      tflopsBf16: input.profile.tflops_bf16,
      reliability: input.profile.reliability,
      availability: input.profile.availability,
    },
  );
  const order = Array.from(scores.keys()).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const top = order.slice(0, input.n);
  return {
    matches: top.map((i) => input.offers[i]?.id ?? ""),
    cosine_scores: top.map((i) => scores[i] ?? 0),
  };
}

export function mathEnsemble(input: z.infer<typeof s.ensembleSchema>) {
  const r = ensembleRecommend({ itemIds: input.item_ids, scores: input.scores, weights: input.weights });
  return {
    final_rankings: r.finalRankings.map((x) => ({
      item_id: x.itemId,
      score: x.score,
      components: x.components,
    })),
    algorithm_weights: r.algorithmWeights,
  };
}

function workloadInput(input: z.infer<typeof s.workloadSchema>) {
  return {
    workloadType: input.workload_type,
    model: input.model ?? null,
    paramsBillions: input.params_billions ?? null,
    precision: input.precision ?? null,
    contextLength: input.context_length ?? null,
    concurrency: input.concurrency ?? null,
    tokensToGenerate: input.tokens_to_generate ?? null,
    quantity: input.quantity ?? null,
    unit: input.unit ?? null,
    durationHours: input.duration_hours ?? null,
    trainingTokens: input.training_tokens ?? null,
    epochs: input.epochs ?? null,
    method: input.method ?? null,
    vramGb: input.vram_gb ?? null,
  };
}

export async function mathEstimateWorkload(db: Executor, input: z.infer<typeof s.workloadSchema>) {
  const e = estimateWorkload(
    workloadInput(input),
    await gpuCapabilities(db),
    await cheapestGpuHourPrices(db),
  );
  return {
    gpu_requirements: { vram_gb: e.requiredVramGb, gpu_count: e.gpuCount },
    estimated_cost: e.estimatedCostUsd,
    duration: e.estimatedDurationHours,
    confidence: e.confidence,
    clarification_fields: e.clarificationFields,
    assumptions: e.assumptions,
    recommended_gpus: e.recommendedGpus
      .filter((g) => g.fits)
      .slice(0, 10)
      .map(gpuDto),
  };
}

export async function mathMapWorkloadToGpu(db: Executor, input: z.infer<typeof s.workloadSchema>) {
  const e = estimateWorkload(
    workloadInput(input),
    await gpuCapabilities(db),
    await cheapestGpuHourPrices(db),
  );
  return { recommended_gpus: e.recommendedGpus.filter((g) => g.fits).map(gpuDto), confidence: e.confidence };
}

function gpuDto(g: ReturnType<typeof estimateWorkload>["recommendedGpus"][number]) {
  return {
    gpu_model: g.model,
    gpu_count: g.gpuCount,
    estimated_hours: g.estimatedHours,
    estimated_cost_usd: g.estimatedCostUsd,
    throughput: g.throughput,
    basis: g.basis,
  };
}

export function mathPredictPrice(input: z.infer<typeof s.predictPriceSchema>) {
  const r = predictPrice(
    input.history.map((p) => ({ timestampMs: Date.parse(p.timestamp), pricePerHourUsd: p.price_per_hour })),
    { horizonHours: input.horizon_hours, level: input.level },
  );
  return {
    predicted_price: r.predictedPrice,
    confidence_interval: r.confidenceInterval,
    method: r.method,
    points_used: r.pointsUsed,
  };
}

export function mathDetectAnomaly(input: z.infer<typeof s.detectAnomalySchema>) {
  const r = detectAnomaly(input.history, input.value, { method: input.method, threshold: input.threshold });
  return { is_anomaly: r.isAnomaly, z_score: r.zScore, details: r.details };
}
