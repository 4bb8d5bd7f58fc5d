import { z } from "zod";

/**
 * The only reader of process.env (STYLE.md). Every switch the app has is here, validated with
 * zod; `loadEnv` throws an EnvError naming each bad variable so start-up stops with a clear
 * message instead of failing later in a random module.
 */

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgres:// or postgresql://");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** unset → embedded PGlite in PGLITE_DIR */
    DATABASE_URL: postgresUrl.optional(),
    /** forces a driver; `neon` is also chosen automatically for *.neon.tech hosts */
    DATABASE_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
    PGLITE_DIR: z.string().min(1).default("./.data/pglite"),
    /** production refuses embedded parts (PGlite, in-process cache) unless this is set */
    GPUBROKER_ALLOW_EMBEDDED: bool,
    UPSTASH_REDIS_REST_URL: z.url().optional(),
    UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
    /** 32 bytes, base64 or hex: encrypts stored provider credentials (AES-256-GCM) */
    CREDENTIALS_ENCRYPTION_KEY: z
      .string()
      .refine(
        (v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, "base64").length === 32,
        "must be 32 bytes as 64 hex characters or base64",
      )
      .optional(),
    /** Bearer token for admin-only endpoints (PUT /math/benchmarks) until accounts land; unset = disabled */
    ADMIN_API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    INGEST_ENABLED: bool.default(true),
    INGEST_INTERVAL_S: z.coerce.number().int().min(10).default(300),
    /** per-request timeout for provider APIs */
    INGEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_DRIVER && env.DATABASE_DRIVER !== "pglite" && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: `is required when DATABASE_DRIVER=${env.DATABASE_DRIVER}`,
      });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({
        code: "custom",
        path: [env.UPSTASH_REDIS_REST_URL ? "UPSTASH_REDIS_REST_TOKEN" : "UPSTASH_REDIS_REST_URL"],
        message: "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together",
      });
    }
    const embedded = !env.DATABASE_URL || !env.UPSTASH_REDIS_REST_URL;
    if (env.NODE_ENV === "production" && embedded && !env.GPUBROKER_ALLOW_EMBEDDED) {
      ctx.addIssue({
        code: "custom",
        path: [env.DATABASE_URL ? "UPSTASH_REDIS_REST_URL" : "DATABASE_URL"],
        message:
          "production needs DATABASE_URL and UPSTASH_REDIS_REST_URL (embedded PGlite/in-process cache do not scale); set GPUBROKER_ALLOW_EMBEDDED=1 to run embedded anyway",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid environment configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join("\n")}`,
    );
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`FOO=`) means "not set", as shells and .env files use it.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? "environment"),
      message: issue.message,
    })),
  );
}

let cached: Env | undefined;

/** Validated env of this process, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

export type DatabaseDriver = "pglite" | "pg" | "neon";

export function databaseDriver(e: Env): DatabaseDriver {
  if (e.DATABASE_DRIVER) return e.DATABASE_DRIVER;
  if (!e.DATABASE_URL) return "pglite";
  return new URL(e.DATABASE_URL).hostname.endsWith(".neon.tech") ? "neon" : "pg";
}

/** Next sets NEXT_RUNTIME per bundle; background workers only start in the Node.js server. */
export function isNodeServerRuntime(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}
