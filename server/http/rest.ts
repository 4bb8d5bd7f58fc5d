import type { z } from "zod";
import type { Database } from "@/server/db";
import { getDb } from "@/server/db";
import { AppError, toAppError, toErrorBody, validationError } from "@/server/errors";
import { type Logger, requestLogger } from "@/server/logger";
import { traceIdFrom } from "./trace";

/**
 * The wrapper every /api/v1 route handler uses: trace id (honouring traceparent), a request
 * logger, the database, and one error path that answers in the design's error format.
 */
export interface RestContext {
  traceId: string;
  log: Logger;
  db: Database;
  params: Record<string, string | string[] | undefined>;
}

type RouteArgs = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler = (request: Request, ctx: RestContext) => Promise<Response | unknown>;

export function rest(handler: Handler) {
  return async (request: Request, route?: RouteArgs): Promise<Response> => {
    const traceId = traceIdFrom(request.headers);
    const log = requestLogger(traceId);
    const started = performance.now();
    try {
      const params = (await route?.params) ?? {};
      const result = await handler(request, { traceId, log, db: await getDb(), params });
      const response = result instanceof Response ? result : Response.json(result);
      response.headers.set("x-trace-id", traceId);
      return response;
    } catch (error) {
      return errorResponse(error, traceId, log, request);
    } finally {
      // hot path: build the log record only when debug logging is on
      if (log.isLevelEnabled("debug")) {
        log.debug({ method: request.method, url: request.url, ms: performance.now() - started }, "request");
      }
    }
  };
}

export function errorResponse(error: unknown, traceId: string, log: Logger, request?: Request): Response {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL_ERROR") {
    log.error({ err: appError.cause ?? error, url: request?.url }, "unexpected error");
  } else {
    log.info({ code: appError.code, url: request?.url, details: appError.details }, appError.message);
  }
  const headers = new Headers({ "x-trace-id": traceId });
  if (appError.retryAfterS !== undefined) headers.set("retry-after", String(Math.ceil(appError.retryAfterS)));
  return Response.json(toErrorBody(appError, traceId), { status: appError.status, headers });
}

/** Query string → typed object; repeated keys become arrays only when the schema asks for them. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const url = new URL(request.url);
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = raw[key];
    raw[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(result.error, "query");
  return result.data;
}

/** The request body as JSON; a body that is not JSON is a VALIDATION_ERROR, never a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("VALIDATION_ERROR", "Request body must be valid JSON", {
      field: "body",
      reason: "invalid_json",
    });
  }
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const result = schema.safeParse(await readJson(request));
  if (!result.success) throw validationError(result.error, "body");
  return result.data;
}

export function parseParams<S extends z.ZodType>(params: RestContext["params"], schema: S): z.infer<S> {
  const result = schema.safeParse(params);
  if (!result.success) throw validationError(result.error, "path");
  return result.data;
}
