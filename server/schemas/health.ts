import { z } from "zod";

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  db: z.object({
    status: z.enum(["up", "down"]),
    driver: z.enum(["pglite", "pg", "neon"]),
    latency_ms: z.number().nullable(),
    error: z.string().optional(),
  }),
  uptime_s: z.number(),
});
