import { z } from "zod";

/**
 * The chat contract between /api/chat and the assistant panel: the request body beside the AI
 * SDK's UI messages, and the custom data parts streamed with the answer. Both ends validate.
 */

export const pageContextSchema = z.object({
  /** route the panel is open on, e.g. "/", "/offers/…", "/compare" */
  page: z.string().max(300).optional(),
  /** the marketplace filters in effect (query-language text) */
  query: z.string().max(1000).optional(),
  /** ids of the offers on screen, best first */
  visible_offer_ids: z.array(z.uuid()).max(200).optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;

export const recommendationOptionSchema = z.object({
  rank: z.number().int().positive(),
  offer_id: z.string(),
  provider: z.string(),
  provider_name: z.string(),
  gpu: z.string(),
  gpu_count: z.number(),
  region: z.string(),
  price_per_hour: z.number(),
  duration_hours: z.number(),
  total_cost_usd: z.number(),
  match_pct: z.number(),
  performance_score: z.number(),
  explanation: z.string(),
});
export type RecommendationOption = z.infer<typeof recommendationOptionSchema>;

/** `data-recommendations` part: the ranked options with how sure the planner is. */
export const recommendationsPartSchema = z.object({
  recommendation_id: z.string(),
  options: z.array(recommendationOptionSchema),
  confidence: z.number().min(0).max(1),
  clarifying_question: z.string().nullable(),
  /** "builtin" or the LLM model id */
  answered_by: z.string(),
});
export type RecommendationsPart = z.infer<typeof recommendationsPartSchema>;

export const feedbackBodySchema = z.object({
  session_id: z.string().min(1).max(255),
  recommendation_id: z.string().min(1).max(255),
  offer_id: z.uuid().nullable().optional(),
  feedback: z.enum(["positive", "negative"]),
  position: z.number().int().positive().optional(),
});
export type FeedbackBody = z.infer<typeof feedbackBodySchema>;
