import { mathOperations } from "@/server/services/math-operations";
import { publicProcedure, router } from "@/server/trpc/init";

const o = mathOperations;

/** The math core over tRPC: the same operations table as /api/v1/math/* (camelCase names). */
export const mathRouter = router({
  costPerToken: publicProcedure
    .input(o["cost-per-token"].schema)
    .mutation(({ ctx, input }) => o["cost-per-token"].run(ctx.db, input)),
  costPerGflop: publicProcedure
    .input(o["cost-per-gflop"].schema)
    .mutation(({ ctx, input }) => o["cost-per-gflop"].run(ctx.db, input)),
  efficiencyScore: publicProcedure
    .input(o["efficiency-score"].schema)
    .mutation(({ ctx, input }) => o["efficiency-score"].run(ctx.db, input)),
  topsis: publicProcedure.input(o.topsis.schema).mutation(({ ctx, input }) => o.topsis.run(ctx.db, input)),
  collaborativeFilter: publicProcedure
    .input(o["collaborative-filter"].schema)
    .mutation(({ ctx, input }) => o["collaborative-filter"].run(ctx.db, input)),
  contentSimilarity: publicProcedure
    .input(o["content-similarity"].schema)
    .mutation(({ ctx, input }) => o["content-similarity"].run(ctx.db, input)),
  ensembleRecommend: publicProcedure
    .input(o["ensemble-recommend"].schema)
    .mutation(({ ctx, input }) => o["ensemble-recommend"].run(ctx.db, input)),
  estimateWorkload: publicProcedure
    .input(o["estimate-workload"].schema)
    .mutation(({ ctx, input }) => o["estimate-workload"].run(ctx.db, input)),
  mapWorkloadToGpu: publicProcedure
    .input(o["map-workload-to-gpu"].schema)
    .mutation(({ ctx, input }) => o["map-workload-to-gpu"].run(ctx.db, input)),
  predictPrice: publicProcedure
    .input(o["predict-price"].schema)
    .mutation(({ ctx, input }) => o["predict-price"].run(ctx.db, input)),
  detectAnomaly: publicProcedure
    .input(o["detect-anomaly"].schema)
    .mutation(({ ctx, input }) => o["detect-anomaly"].run(ctx.db, input)),
});
