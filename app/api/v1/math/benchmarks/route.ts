import { parseQuery, rest } from "@/server/http/rest";
import { listBenchmarksQuerySchema } from "@/server/schemas/benchmarks";
import { listBenchmarks } from "@/server/services/benchmarks";

export const GET = rest(async (request, { db }) => {
  const query = parseQuery(request, listBenchmarksQuerySchema);
  const items = await listBenchmarks(db, query);
  return { total: items.length, items, warnings: [] };
});
