import { benchmarksRouter } from "@/server/routers/benchmarks";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  benchmarks: benchmarksRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
