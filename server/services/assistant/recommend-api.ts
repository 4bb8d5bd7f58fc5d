import type { PageContext } from "@/lib/assistant/chat-schema";
import { parseWorkload } from "@/lib/nl";
import type { Executor } from "@/server/db";
import { recommendationsPart } from "./builtin-answer";
import { refersToVisibleOffers } from "./chat";
import { appendTurn } from "./conversation-store";
import { planFromText } from "./planner";

/** POST /ai/parse-workload: the design's { workload_type, parameters, confidence }. */
export function parseWorkloadApi(text: string) {
  const p = parseWorkload(text);
  const { workloadType, confidence, ...parameters } = p;
  return { workload_type: workloadType, parameters, confidence };
}

/** POST /ai/recommend: { recommendations[], explanation } from the built-in planner. */
export async function recommendApi(db: Executor, text: string, context?: PageContext) {
  const visible = refersToVisibleOffers(text) ? context?.visible_offer_ids : undefined;
  const plan = await planFromText(db, text, { visibleOfferIds: visible });
  const part = recommendationsPart(plan, crypto.randomUUID(), "builtin");
  return {
    recommendation_id: part.recommendation_id,
    recommendations: part.options,
    explanation: plan.answer,
    confidence: plan.confidence,
    clarifying_question: plan.clarifying_question,
    algorithm: plan.algorithm,
    estimate: plan.estimate && {
      required_vram_gb: plan.estimate.requiredVramGb,
      gpu_count: plan.estimate.gpuCount,
      duration_hours: plan.estimate.estimatedDurationHours,
      assumptions: plan.estimate.assumptions,
    },
  };
}

/** POST /ai/chat (non-streaming, for API clients): { response, recommendations[], context_id }. */
export async function chatApi(db: Executor, message: string, sessionId: string, context?: PageContext) {
  const r = await recommendApi(db, message, context);
  const now = new Date().toISOString();
  await appendTurn(
    db,
    sessionId,
    [
      { role: "user", text: message, at: now },
      { role: "assistant", text: r.explanation, at: now, recommendation_id: r.recommendation_id },
    ],
    context,
  );
  return { response: r.explanation, recommendations: r.recommendations, context_id: sessionId };
}
