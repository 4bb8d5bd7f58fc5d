import { gpuTypeParamsSchema, listBenchmarksQuerySchema } from "@/server/schemas/benchmarks";
import { countBenchmarks, getBenchmark, listBenchmarks } from "@/server/services/benchmarks";
import { publicProcedure, router } from "@/server/trpc/init";

export const benchmarksRouter = router({
  list: publicProcedure
    .input(listBenchmarksQuerySchema)
    .query(({ ctx, input }) => listBenchmarks(ctx.db, input)),
  count: publicProcedure.query(({ ctx }) => countBenchmarks(ctx.db)),
  byModel: publicProcedure
    .input(gpuTypeParamsSchema)
    .query(({ ctx, input }) => getBenchmark(ctx.db, input.gpu_type)),
});
