import type { UIMessageStreamWriter } from "ai";
import type { RecommendationsPart } from "@/lib/assistant/chat-schema";
import type { ChatMessage } from "./messages";
import type { Plan } from "./planner";

/** The planner's options as the panel's recommendation cards. */
export function recommendationsPart(
  plan: Plan,
  recommendationId: string,
  answeredBy: string,
): RecommendationsPart {
  return {
    recommendation_id: recommendationId,
    options: plan.options.map((o) => ({
      rank: o.rank,
      offer_id: o.offer.id,
      provider: o.offer.provider,
      provider_name: o.offer.provider_name,
      gpu: o.offer.gpu_model ?? o.offer.gpu_type,
      gpu_count: o.offer.gpu_count,
      region: o.offer.region,
      price_per_hour: o.offer.price_per_hour,
      duration_hours: o.duration_hours,
      total_cost_usd: o.total_cost_usd,
      match_pct: o.match_pct,
      performance_score: o.performance_score,
      explanation: o.explanation,
    })),
    confidence: plan.confidence,
    clarifying_question: plan.clarifying_question,
    answered_by: answeredBy,
  };
}

/**
 * Streams the built-in answer through the same UI message protocol an LLM answer uses: the text
 * in word-sized deltas (so the panel renders progressively), then the recommendation cards.
 */
export function writeBuiltinAnswer(
  writer: UIMessageStreamWriter<ChatMessage>,
  plan: Plan,
  recommendationId: string,
  prefix = "",
): void {
  const id = `text-${recommendationId}`;
  writer.write({ type: "text-start", id });
  const text = `${prefix}${plan.answer}`;
  for (const piece of text.match(/\S+\s*/g) ?? []) writer.write({ type: "text-delta", id, delta: piece });
  writer.write({ type: "text-end", id });
  writer.write({
    type: "data-recommendations",
    data: recommendationsPart(plan, recommendationId, "builtin"),
  });
}
