import { benchmarksRouter } from "@/server/routers/benchmarks";
import { offersRouter } from "@/server/routers/offers";
import { presetsRouter } from "@/server/routers/presets";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  benchmarks: benchmarksRouter,
  offers: offersRouter,
  presets: presetsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
