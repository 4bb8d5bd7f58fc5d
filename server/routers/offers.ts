import { z } from "zod";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { appCache } from "@/server/cache/instance";
import { historyQuerySchema, offerIdParamsSchema } from "@/server/schemas/offers";
import { getOfferCached, listOffersCached } from "@/server/services/offers/cached";
import { gpuPriceHistory, offerPriceHistory } from "@/server/services/offers/history";
import { marketInsights } from "@/server/services/offers/insights";
import { similarOffers } from "@/server/services/offers/similar";
import { providerStatuses } from "@/server/services/provider-health";
import { publicProcedure, router } from "@/server/trpc/init";

export const offersRouter = router({
  list: publicProcedure
    .input(listOffersQuerySchema)
    .query(({ ctx, input }) => listOffersCached(appCache(), ctx.db, input)),
  byId: publicProcedure
    .input(offerIdParamsSchema)
    .query(({ ctx, input }) => getOfferCached(appCache(), ctx.db, input.id)),
  history: publicProcedure
    .input(offerIdParamsSchema.extend(historyQuerySchema.shape))
    .query(({ ctx, input }) => offerPriceHistory(ctx.db, input.id, input.days)),
  gpuHistory: publicProcedure
    .input(z.object({ gpu_model: z.string().min(1) }).extend(historyQuerySchema.shape))
    .query(({ ctx, input }) => gpuPriceHistory(ctx.db, input.gpu_model, input.days)),
  insights: publicProcedure.query(({ ctx }) => marketInsights(ctx.db)),
  similar: publicProcedure
    .input(offerIdParamsSchema.extend({ limit: z.number().int().min(1).max(20).default(6) }))
    .query(({ ctx, input }) => similarOffers(ctx.db, input.id, input.limit)),
  /** provider names for the marketplace filter: explicit columns only (no sync errors) */
  providers: publicProcedure.query(async ({ ctx }) =>
    (await providerStatuses(ctx.db)).map((p) => ({
      provider: p.provider,
      display_name: p.display_name,
      live_offers: p.live_offers,
    })),
  ),
});
