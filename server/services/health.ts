import { sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import type { DatabaseDriver } from "@/server/env";

export interface HealthReport {
  status: "ok" | "degraded";
  db: { status: "up" | "down"; driver: DatabaseDriver; latency_ms: number | null; error?: string };
  uptime_s: number;
}

const startedAt = Date.now();

export async function checkHealth(db: Database, driver: DatabaseDriver): Promise<HealthReport> {
  const t0 = performance.now();
  try {
    await db.execute(sql`select 1`);
    const latency = Math.round((performance.now() - t0) * 100) / 100;
    return { status: "ok", db: { status: "up", driver, latency_ms: latency }, uptime_s: uptimeS() };
  } catch {
    // The driver's message may carry host names and credentials; say only that it is down.
    return {
      status: "degraded",
      db: { status: "down", driver, latency_ms: null, error: "database unreachable" },
      uptime_s: uptimeS(),
    };
  }
}

const uptimeS = () => Math.round((Date.now() - startedAt) / 1000);
