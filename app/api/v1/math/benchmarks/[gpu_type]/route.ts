import { parseBody, parseParams, rest } from "@/server/http/rest";
import { gpuTypeParamsSchema } from "@/server/schemas/benchmarks";
import { benchmarkUpdateSchema } from "@/server/schemas/math";
import { requireAdmin, updateBenchmark } from "@/server/services/benchmark-update";
import { getBenchmark } from "@/server/services/benchmarks";

export const GET = rest(async (_request, { db, params }) => {
  const { gpu_type } = parseParams(params, gpuTypeParamsSchema);
  return getBenchmark(db, decodeURIComponent(gpu_type));
});

export const PUT = rest(async (request, { db, params }) => {
  requireAdmin(request.headers);
  const { gpu_type } = parseParams(params, gpuTypeParamsSchema);
  return updateBenchmark(db, decodeURIComponent(gpu_type), await parseBody(request, benchmarkUpdateSchema));
});
