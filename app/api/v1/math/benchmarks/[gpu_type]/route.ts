import { parseParams, rest } from "@/server/http/rest";
import { gpuTypeParamsSchema } from "@/server/schemas/benchmarks";
import { getBenchmark } from "@/server/services/benchmarks";

export const GET = rest(async (_request, { db, params }) => {
  const { gpu_type } = parseParams(params, gpuTypeParamsSchema);
  return getBenchmark(db, decodeURIComponent(gpu_type));
});
