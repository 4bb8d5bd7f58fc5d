import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/rest";
import { traceIdFrom } from "@/server/http/trace";
import { requestLogger } from "@/server/logger";

/** Any /api/v1 path no route matched: the design's NOT_FOUND error, never Next's HTML 404. */
function notFound(request: Request): Response {
  const traceId = traceIdFrom(request.headers);
  const path = new URL(request.url).pathname;
  return errorResponse(
    new AppError("NOT_FOUND", `No API route ${request.method} ${path}`, { path, method: request.method }),
    traceId,
    requestLogger(traceId),
    request,
  );
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
