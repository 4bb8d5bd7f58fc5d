import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import type { Database } from "@/server/db";
import { getDb } from "@/server/db";
import { AppError, trpcCodeByErrorCode } from "@/server/errors";
import { traceIdFrom } from "@/server/http/trace";
import { type Logger, requestLogger } from "@/server/logger";

export interface Session {
  userId: string;
  tenantId: string | null;
  roles: string[];
}

export interface TrpcContext {
  db: Database;
  traceId: string;
  log: Logger;
  /** filled by auth once it lands; null = anonymous */
  session: Session | null;
}

export async function createTrpcContext(opts: { headers: Headers }): Promise<TrpcContext> {
  const traceId = traceIdFrom(opts.headers);
  return { db: await getDb(), traceId, log: requestLogger(traceId), session: null };
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const app = error.cause instanceof AppError ? error.cause : null;
    const zod = error.cause instanceof z.ZodError ? error.cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR" && !app;
    return {
      ...shape,
      // Unexpected errors never expose their raw text (SQL, stacks); the trace id finds the log.
      message: internal
        ? "An unexpected error occurred. It has been logged with the trace id."
        : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: app?.code ?? (zod ? "VALIDATION_ERROR" : internal ? "INTERNAL_ERROR" : null),
        details:
          app?.details ??
          (zod ? { issues: zod.issues.map((i) => ({ field: i.path.join("."), reason: i.message })) } : {}),
        traceId: ctx?.traceId ?? null,
      },
    };
  },
});

/** AppError thrown by a service → the matching tRPC code (inspect the result: next() does not throw). */
const mapAppErrors = t.middleware(async ({ next, ctx }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: trpcCodeByErrorCode[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR")
      ctx.log.error({ err: cause ?? result.error }, "unexpected error");
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);
