import type { z } from "zod";
import type { Executor } from "@/server/db";
import * as s from "@/server/schemas/math";
import * as m from "./math";

/**
 * The /math/* operations as data: input schema, handler, summary. One table drives the REST
 * route, the tRPC router and the OpenAPI document, so the three cannot disagree.
 */
interface Operation<S extends z.ZodType> {
  schema: S;
  summary: string;
  run: (db: Executor, input: z.infer<S>) => unknown;
}

const op = <S extends z.ZodType>(o: Operation<S>) => o;

export const mathOperations = {
  "cost-per-token": op({
    schema: s.costPerTokenSchema,
    summary: "price_per_hour / (tokens_per_second × 3600), with a confidence",
    run: m.mathCostPerToken,
  }),
  "cost-per-gflop": op({
    schema: s.costPerGflopSchema,
    summary: "price_per_hour / (TFLOPS × 1000 × 3600 × utilization)",
    run: m.mathCostPerGflop,
  }),
  "efficiency-score": op({
    schema: s.efficiencyScoreSchema,
    summary: "Spec-per-dollar score in [0, 1] with its breakdown",
    run: (_db, input) => m.mathEfficiencyScore(input),
  }),
  topsis: op({
    schema: s.topsisSchema,
    summary: "TOPSIS ranking with ideal/anti-ideal, per-criterion contributions and why #1 beats #2",
    run: (_db, input) => m.mathTopsis(input),
  }),
  "collaborative-filter": op({
    schema: s.collaborativeFilterSchema,
    summary: "Implicit-feedback ALS recommendations (popularity for cold-start users)",
    run: (_db, input) => m.mathCollaborativeFilter(input),
  }),
  "content-similarity": op({
    schema: s.contentSimilaritySchema,
    summary: "Cosine similarity of offer features to a workload profile",
    run: (_db, input) => m.mathContentSimilarity(input),
  }),
  "ensemble-recommend": op({
    schema: s.ensembleSchema,
    summary: "TOPSIS 0.4 + collaborative 0.3 + content 0.3, renormalised over available components",
    run: (_db, input) => m.mathEnsemble(input),
  }),
  "estimate-workload": op({
    schema: s.workloadSchema,
    summary: "VRAM, GPU count, duration and cost of a workload, priced at current cheapest offers",
    run: m.mathEstimateWorkload,
  }),
  "map-workload-to-gpu": op({
    schema: s.workloadSchema,
    summary: "GPU tiers that fit a workload, cheapest first",
    run: m.mathMapWorkloadToGpu,
  }),
  "predict-price": op({
    schema: s.predictPriceSchema,
    summary: "Least-squares trend on timestamped history with a Student-t prediction interval",
    run: (_db, input) => m.mathPredictPrice(input),
  }),
  "detect-anomaly": op({
    schema: s.detectAnomalySchema,
    summary: "z-score (population std) or robust modified z-score (median/MAD)",
    run: (_db, input) => m.mathDetectAnomaly(input),
  }),
} as const;

export type MathOperationName = keyof typeof mathOperations;

export function isMathOperation(name: string): name is MathOperationName {
  return Object.hasOwn(mathOperations, name);
}
