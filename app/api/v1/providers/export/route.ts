import { parseQuery, rest } from "@/server/http/rest";
import { exportQuerySchema } from "@/server/schemas/offers";
import { offersCsvStream, offersJsonStream } from "@/server/services/offers/export";

export const dynamic = "force-dynamic";

export const GET = rest(async (request, { db }) => {
  const { format, ...filters } = parseQuery(request, exportQuerySchema);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  const csv = format === "csv";
  return new Response(csv ? offersCsvStream(db, filters) : offersJsonStream(db, filters), {
    headers: {
      "content-type": csv ? "text/csv; charset=utf-8" : "application/json",
      "content-disposition": `attachment; filename="gpubroker-offers-${stamp}.${format}"`,
    },
  });
});
