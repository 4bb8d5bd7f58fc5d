import { z } from "zod";
import { MathInputError } from "@/lib/math/errors";

/**
 * One error type for the whole app (DESIGN.md §6). Domain code throws AppError(code, message,
 * details); `toErrorBody` / `httpStatus` / `trpcCode` are the only maps to transports.
 */

export const errorCodes = [
  "VALIDATION_ERROR",
  "AUTHENTICATION_ERROR",
  "AUTHORIZATION_ERROR",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "PROVIDER_ERROR",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_ERROR",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The design's status table; CONFLICT (idempotency-key reuse) is our addition. */
const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_ERROR: 400,
  AUTHENTICATION_ERROR: 401,
  AUTHORIZATION_ERROR: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PROVIDER_ERROR: 502,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

export const trpcCodeByErrorCode = {
  VALIDATION_ERROR: "BAD_REQUEST",
  AUTHENTICATION_ERROR: "UNAUTHORIZED",
  AUTHORIZATION_ERROR: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  PROVIDER_ERROR: "BAD_GATEWAY",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_ERROR: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<ErrorCode, string>;

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown; retryAfterS?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.retryAfterS = options?.retryAfterS;
  }
  readonly retryAfterS: number | undefined;

  get status(): number {
    return statusByCode[this.code];
  }
}

export function httpStatus(code: ErrorCode): number {
  return statusByCode[code];
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
      trace_id: z.string(),
    }),
  })
  .meta({ id: "Error", description: "Error format shared by every endpoint" });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Anything thrown → an AppError safe to show. Unexpected errors become a generic
 * INTERNAL_ERROR: their text may hold SQL, stack frames or secrets, so it is only logged.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return validationError(error);
  if (error instanceof MathInputError) {
    return new AppError("VALIDATION_ERROR", `Invalid ${error.field}: ${error.reason}`, {
      field: error.field,
      reason: error.reason,
    });
  }
  return new AppError(
    "INTERNAL_ERROR",
    "An unexpected error occurred. It has been logged with the trace id.",
    {},
    {
      cause: error,
    },
  );
}

export function validationError(error: z.ZodError, location = "body"): AppError {
  const issues = error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || location,
    reason: issue.message,
  }));
  const first = issues[0];
  return new AppError(
    "VALIDATION_ERROR",
    first ? `Invalid ${first.field}: ${first.reason}` : "Invalid request",
    first ? { field: first.field, reason: first.reason, location, issues } : { location },
  );
}

export function toErrorBody(error: AppError, traceId: string): ErrorBody {
  return { error: { code: error.code, message: error.message, details: error.details, trace_id: traceId } };
}
