import { benchmarksRouter } from "@/server/routers/benchmarks";
import { mathRouter } from "@/server/routers/math";
import { offersRouter } from "@/server/routers/offers";
import { presetsRouter } from "@/server/routers/presets";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  benchmarks: benchmarksRouter,
  math: mathRouter,
  offers: offersRouter,
  presets: presetsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
