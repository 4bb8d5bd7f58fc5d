import { databaseHandle } from "@/server/db";
import { rest } from "@/server/http/rest";
import { checkHealth } from "@/server/services/health";

export const dynamic = "force-dynamic";

export const GET = rest(async () => {
  const handle = await databaseHandle();
  const report = await checkHealth(handle.db, handle.driver);
  return Response.json(report, { status: report.status === "ok" ? 200 : 503 });
});
