import { tool } from "ai";
import { z } from "zod";
import type { PageContext } from "@/lib/assistant/chat-schema";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import type { Executor } from "@/server/db";
import { workloadSchema } from "@/server/schemas/math";
import { mathEstimateWorkload } from "@/server/services/math";
import { getOffer, listOffers } from "@/server/services/offers/list";
import { type Plan, planFromText } from "./planner";

/**
 * Tools the LLM may call. Each calls the same services the REST API and the built-in assistant
 * use; outputs are compact JSON the model can read. The last `recommend` plan is kept so the
 * chat route can attach the same recommendation cards the built-in assistant shows.
 */
export function assistantTools(db: Executor, context: PageContext | undefined, onPlan: (plan: Plan) => void) {
  return {
    search_offers: tool({
      description: "Search GPU offers in the catalog with marketplace filters; prices are USD per hour.",
      // JSON Schema has no dates: the pagination snapshot (as_of) is not a tool argument
      inputSchema: listOffersQuerySchema
        .omit({ as_of: true })
        .partial()
        .extend({ per_page: z.literal(10).default(10) }),
      execute: async (input) => {
        const list = await listOffers(db, listOffersQuerySchema.parse(input));
        return {
          total: list.total,
          items: list.items.map((o) => ({
            id: o.id,
            gpu: o.gpu_model ?? o.gpu_type,
            gpu_count: o.gpu_count,
            provider: o.provider_name,
            region: o.region,
            price_per_hour: o.price_per_hour,
            availability: o.availability_status,
          })),
        };
      },
    }),
    estimate_workload: tool({
      description: "Estimate VRAM, GPU count, duration and cost of a workload with the math core.",
      inputSchema: workloadSchema,
      execute: (input) => mathEstimateWorkload(db, input),
    }),
    recommend: tool({
      description:
        "Rank the best three offers for a workload described in plain language (TOPSIS over price, performance, availability, reliability, compliance). Use the user's own words.",
      inputSchema: z.object({ request: z.string().min(3).max(2000) }),
      execute: async ({ request }) => {
        const plan = await planFromText(db, request, { visibleOfferIds: context?.visible_offer_ids });
        onPlan(plan);
        return {
          summary: plan.summary,
          confidence: plan.confidence,
          clarifying_question: plan.clarifying_question,
          options: plan.options.map((o) => ({
            rank: o.rank,
            offer_id: o.offer.id,
            gpu: o.offer.gpu_model ?? o.offer.gpu_type,
            provider: o.offer.provider_name,
            total_cost_usd: o.total_cost_usd,
            explanation: o.explanation,
          })),
        };
      },
    }),
    explain_ranking: tool({
      description: "Explain how options are ranked: algorithm, weights, criteria and data sources.",
      inputSchema: z.object({ offer_ids: z.array(z.uuid()).min(1).max(10) }),
      execute: async ({ offer_ids }) => ({
        algorithm: "TOPSIS (vector normalisation, ideal/anti-ideal separation, closeness)",
        weights: { price: 0.3, performance: 0.25, availability: 0.2, reliability: 0.15, compliance: 0.1 },
        data_sources: await Promise.all(
          offer_ids.map(async (id) => {
            const o = await getOffer(db, id);
            return {
              id,
              source: o.provenance.source,
              observed_at: o.provenance.observed_at,
              stale: o.provenance.stale,
            };
          }),
        ),
      }),
    }),
    prepare_quote: tool({
      description: "Price an offer for a duration: total = price per hour × hours.",
      inputSchema: z.object({
        offer_id: z.uuid(),
        hours: z
          .number()
          .positive()
          .max(24 * 365),
      }),
      execute: async ({ offer_id, hours }) => {
        const o = await getOffer(db, offer_id);
        return {
          offer_id,
          hours,
          price_per_hour: o.price_per_hour,
          total_usd: Math.round(o.price_per_hour * hours * 10_000) / 10_000,
          book_url: `/offers/${offer_id}?quote_hours=${hours}`,
        };
      },
    }),
  };
}
