import { and, eq, gte, inArray, ne } from "drizzle-orm";
import { gpuOffers } from "@/drizzle/schema";
import { criteriaRow } from "@/lib/marketplace/criteria";
import { topsis } from "@/lib/math/topsis";
import { explainPair } from "@/lib/math/topsis-explain";
import {
  marketplaceCriteriaTypes,
  marketplaceCriterionNames,
  marketplaceWeights,
} from "@/lib/math/topsis-input";
import { estimateWorkload, type WorkloadEstimate } from "@/lib/math/workload";
import { clarifyingQuestion, describeWorkload, type ParsedWorkload, parseWorkload } from "@/lib/nl";
import { toUsd } from "@/lib/providers/fx";
import type { Executor } from "@/server/db";
import { cheapestGpuHourPrices, gpuCapabilities } from "@/server/services/gpu-capabilities";
import type { OfferDto } from "@/server/services/offers/dto";
import { type OfferRow, tflopsPerGpu, toOfferDto } from "@/server/services/offers/dto";
import { matchGpuTypes } from "@/server/services/offers/gpu-match";
import { offersBase } from "@/server/services/offers/list";
import { toWorkloadInput } from "./workload-input";

/**
 * The built-in assistant's brain: parsed request → workload estimate (math core) → candidate
 * offers from the catalog → TOPSIS ranking → three priced options with reasons. Deterministic.
 */
export interface PlanOption {
  rank: number;
  offer: OfferDto;
  gpu_count_needed: number;
  duration_hours: number;
  total_cost_usd: number;
  performance_score: number;
  match_pct: number;
  explanation: string;
}

export interface Plan {
  parsed: ParsedWorkload;
  summary: string;
  estimate: WorkloadEstimate | null;
  options: PlanOption[];
  confidence: number;
  clarifying_question: string | null;
  answer: string;
  algorithm: { name: "topsis"; weights: Record<string, number>; criteria: readonly string[] };
}

export interface PlanContext {
  /** offers the user is looking at: "the best option for my current search" ranks exactly these */
  visibleOfferIds?: readonly string[];
}

const LOW_CONFIDENCE = 0.7;
const shardedWorkloads = new Set(["llm_inference", "training", "fine_tuning", "batch_inference"]);

export async function planFromText(db: Executor, text: string, context: PlanContext = {}): Promise<Plan> {
  return plan(db, parseWorkload(text), context);
}

export async function plan(db: Executor, parsed: ParsedWorkload, context: PlanContext = {}): Promise<Plan> {
  const summary = describeWorkload(parsed);
  const weights = Object.fromEntries(
    marketplaceCriterionNames.map((n, i) => [n, marketplaceWeights[i] ?? 0]),
  );
  const algorithm = { name: "topsis" as const, weights, criteria: marketplaceCriterionNames };
  const useVisible = (context.visibleOfferIds?.length ?? 0) > 0;
  if (parsed.workloadType === "other" && !useVisible) {
    const question =
      clarifyingQuestion(parsed) ??
      "What would you like to run — images, an LLM, training, video or transcription?";
    return {
      parsed,
      summary,
      estimate: null,
      options: [],
      confidence: parsed.confidence,
      clarifying_question: question,
      answer: `I can help you pick and price GPUs for a workload. ${question}`,
      algorithm,
    };
  }

  const estimate =
    parsed.workloadType === "other"
      ? null
      : estimateWorkload(toWorkloadInput(parsed), await gpuCapabilities(db), await cheapestGpuHourPrices(db));
  const fits = new Map((estimate?.recommendedGpus ?? []).filter((g) => g.fits).map((g) => [g.model, g]));
  const candidates = await loadCandidates(db, parsed, [...fits.keys()], context);
  const duration = parsed.durationHours ?? estimate?.estimatedDurationHours ?? 1;

  const scored = candidates
    .map(({ offer, tflops }) => {
      const need = offer.gpu_model ? (fits.get(offer.gpu_model)?.gpuCount ?? 1) : 1;
      return { offer, need, tflops };
    })
    // A model that must be sharded needs its GPUs in ONE instance; throughput jobs may rent copies.
    .filter((c) => useVisible || !shardedWorkloads.has(parsed.workloadType) || c.offer.gpu_count >= c.need);
  const withinBudget = scored.filter((c) => fitsBudget(c.offer, c.need, duration, parsed));
  const pool = withinBudget.length > 0 ? withinBudget : scored;

  let options: PlanOption[] = [];
  if (pool.length > 0) {
    // Rank on what the job uses: the cost of the copies it rents, and performance only up to
    // what the job needs. When the estimator timed the job, "performance" is the share of the
    // deadline a GPU meets (capped at 1): a B200 does not beat an RTX 4090 at rendering ten
    // images in an hour, since both finish in seconds. Otherwise: TFLOPS of the GPUs needed.
    const hoursOf = (c: (typeof pool)[number]) =>
      c.offer.gpu_model ? fits.get(c.offer.gpu_model)?.estimatedHours : null;
    const timed = parsed.durationHours !== null && pool.every((c) => (hoursOf(c) ?? 0) > 0);
    const matrix = pool.map((c) => {
      const copies = copiesFor(c.offer, c.need);
      const useful = Math.min(c.offer.gpu_count * copies, Math.max(c.need, 1));
      const row = criteriaRow({
        ...c.offer,
        // what the job pays per hour for all the copies it rents (an 8-GPU box pays for 8)
        price_per_gpu_hour: c.offer.price_per_hour * copies,
        gpu_count: useful,
        tflops_per_gpu: c.tflops,
      });
      const hours = hoursOf(c);
      if (timed && hours) row[1] = Math.min(1, duration / hours);
      return row;
    });
    const result = topsis(matrix, marketplaceWeights, marketplaceCriteriaTypes);
    const top = Array.from(result.rankings.slice(0, 3));
    const best = result.scores[top[0] ?? 0] ?? 1;
    options = top.map((i, rank) => {
      const c = pool[i];
      if (!c) throw new Error("ranking index out of range");
      const copies = copiesFor(c.offer, c.need);
      const total = c.offer.price_per_hour * copies * duration;
      const next = top[rank + 1];
      const why =
        next === undefined
          ? ""
          : explainPair(result, i, next, marketplaceCriterionNames)
              .filter((f) => f.advantage > 0)
              .slice(0, 2)
              .map((f) => f.criterion)
              .join(" and ");
      return {
        rank: rank + 1,
        offer: c.offer,
        gpu_count_needed: c.need,
        duration_hours: duration,
        total_cost_usd: Math.round(total * 10_000) / 10_000,
        performance_score: Math.round((result.scores[i] ?? 0) * 1000) / 1000,
        match_pct: Math.round(((result.scores[i] ?? 0) / (best || 1)) * 100),
        explanation: explain(c.offer, copies, total, duration, why),
      };
    });
  }

  // The parser knows how well it understood; each gap the estimator had to fill costs 10%.
  const gaps = estimate?.clarificationFields ?? [];
  const confidence = Math.round(parsed.confidence * Math.max(0.6, 1 - 0.1 * gaps.length) * 100) / 100;
  const question =
    confidence < LOW_CONFIDENCE || parsed.missingFields.length > 0
      ? (clarifyingQuestion(parsed) ?? questionFor(gaps, parsed))
      : null;
  return {
    parsed,
    summary,
    estimate,
    options,
    confidence,
    clarifying_question: question,
    answer: composeAnswer(
      summary,
      options,
      confidence,
      question,
      withinBudget.length === 0 && !!parsed.budget,
      estimate?.assumptions ?? [],
    ),
    algorithm,
  };
}

async function loadCandidates(
  db: Executor,
  parsed: ParsedWorkload,
  models: string[],
  context: PlanContext,
): Promise<Candidate[]> {
  const now = Date.now();
  if (context.visibleOfferIds?.length) {
    const rows = await offersBase(db).where(
      inArray(gpuOffers.id, [...context.visibleOfferIds].slice(0, 200)),
    );
    return rows.map((r) => toCandidate(r, now));
  }
  const preferred = parsed.gpu?.model ? new Set(matchGpuTypes([parsed.gpu.model]).models) : null;
  const wanted =
    preferred && models.some((m) => preferred.has(m)) ? models.filter((m) => preferred.has(m)) : models;
  if (wanted.length === 0) return [];
  const conditions = [
    eq(gpuOffers.stale, false),
    ne(gpuOffers.availabilityStatus, "sold_out"),
    inArray(gpuOffers.gpuModel, wanted),
    parsed.minVramGb ? gte(gpuOffers.vramPerGpuGb, parsed.minVramGb) : undefined,
    parsed.region?.country ? eq(gpuOffers.country, parsed.region.country) : undefined,
    !parsed.region?.country && parsed.region?.continent
      ? eq(gpuOffers.continent, parsed.region.continent)
      : undefined,
  ];
  const rows = await offersBase(db)
    .where(and(...conditions))
    .orderBy(gpuOffers.pricePerGpuHour)
    .limit(300);
  return rows.map((r) => toCandidate(r, now));
}

interface Candidate {
  offer: OfferDto;
  /** peak dense TFLOPS per GPU from the benchmark row (FP16 tensor, else FP32), as the $/GFLOP KPI uses */
  tflops: number | null;
}

function toCandidate(row: OfferRow, now: number): Candidate {
  return { offer: toOfferDto(row, now), tflops: tflopsPerGpu(row) };
}

function fitsBudget(o: OfferDto, need: number, hours: number, p: ParsedWorkload): boolean {
  if (!p.budget) return true;
  const amountUsd = toUsd(p.budget.amount, p.budget.currency);
  const copies = Math.max(1, Math.ceil(need / Math.max(o.gpu_count, 1e-9)));
  const perHour = o.price_per_hour * copies;
  switch (p.budget.per) {
    case "hour":
      return perHour <= amountUsd;
    case "day":
      return perHour * 24 <= amountUsd;
    case "month":
      return perHour * 24 * 30 <= amountUsd;
    default:
      return perHour * hours <= amountUsd;
  }
}

const usd = (v: number) => `$${v.toFixed(2)}`;

/** Whole instances to rent so the job gets the GPUs it needs. */
function copiesFor(o: OfferDto, need: number): number {
  return Math.max(1, Math.ceil(need / Math.max(o.gpu_count, 1e-9)));
}

const fieldQuestions: Record<string, string> = {
  model: "Which model will you run (for example SDXL, Flux, Llama 3 8B or 70B)?",
  duration_hours: "For how long do you need the GPUs?",
  quantity: "How much work is it (how many images, tokens, hours of audio…)?",
  tokens_to_generate: "Roughly how many tokens will you generate?",
  training_tokens: "How many tokens (or epochs over how much data) will you train on?",
  vram_gb: "How much GPU memory does your job need?",
  unit: "What are you counting — images, videos, tokens, documents or hours of audio?",
};

/** The estimator's first unanswered field as a question, when the parser had none to ask. */
function questionFor(gaps: readonly string[], parsed: ParsedWorkload): string | null {
  for (const g of gaps) {
    const q = Object.hasOwn(fieldQuestions, g) ? fieldQuestions[g] : undefined;
    if (q) return q;
  }
  return parsed.workloadType === "other" ? "What would you like to run?" : null;
}

function explain(o: OfferDto, copies: number, total: number, hours: number, why: string): string {
  const gpus = `${o.gpu_count * copies}× ${o.gpu_model ?? o.gpu_type}`;
  const tokens = o.kpis.cost_per_1m_tokens_7b
    ? `, ${usd(o.kpis.cost_per_1m_tokens_7b)} per 1M tokens (7B)`
    : "";
  const reason = why ? ` It ranks above the next option on ${why}.` : "";
  return `${gpus} at ${o.provider_name} (${o.region}): ${usd(o.price_per_hour * copies)}/h × ${hours} h = ${usd(total)}${tokens}.${reason}`;
}

function composeAnswer(
  summary: string,
  options: PlanOption[],
  confidence: number,
  question: string | null,
  overBudget: boolean,
  assumptions: readonly string[],
): string {
  const first = options[0];
  if (!first) {
    return `Based on your request (${summary}), I found no offer in the catalog that fits right now.${question ? ` ${question}` : ""}`;
  }
  const gpus = `${first.offer.gpu_count * copiesFor(first.offer, first.gpu_count_needed)}× ${first.offer.gpu_model ?? first.offer.gpu_type}`;
  const reason = first.explanation.match(/It ranks above the next option on ([^.]+)\./)?.[1];
  const head = `Based on your request (${summary}), I recommend ${gpus} at ${first.offer.provider_name} for ${usd(first.total_cost_usd)} total because it has the best TOPSIS score over price, performance, availability, reliability and compliance${reason ? `, ahead of #2 on ${reason}` : ""}.`;
  const rest = options
    .slice(1)
    .map(
      (o) =>
        `#${o.rank}: ${o.offer.gpu_count * copiesFor(o.offer, o.gpu_count_needed)}× ${o.offer.gpu_model ?? o.offer.gpu_type} at ${o.offer.provider_name}, ${usd(o.total_cost_usd)} total.`,
    )
    .join(" ");
  const budget = overBudget ? " Nothing fits your budget, so these are the closest options." : "";
  const assumed = assumptions.length > 0 ? ` Assumptions: ${assumptions.slice(0, 2).join("; ")}.` : "";
  const unsure =
    confidence < LOW_CONFIDENCE
      ? ` I'm only ${Math.round(confidence * 100)}% sure I understood: ${question ?? "can you add details?"}`
      : question
        ? ` ${question}`
        : "";
  return `${head} ${rest}${budget}${assumed}${unsure}`.trim();
}
