import { getPresets } from "@/server/services/presets";
import { publicProcedure, router } from "@/server/trpc/init";

export const presetsRouter = router({
  list: publicProcedure.query(({ ctx }) => getPresets(ctx.db)),
});
