import type { Executor } from "@/server/db";
import { AppError, validationError } from "@/server/errors";
import { rest } from "@/server/http/rest";
import { isMathOperation, mathOperations } from "@/server/services/math-operations";

export const POST = rest(async (request, { db, params }) => {
  const name = String(params.operation ?? "");
  if (!isMathOperation(name)) {
    throw new AppError("NOT_FOUND", `No math operation '${name}'`, {
      operation: name,
      available: Object.keys(mathOperations),
    });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("VALIDATION_ERROR", "Request body must be valid JSON", {
      field: "body",
      reason: "invalid_json",
    });
  }
  const operation = mathOperations[name];
  const parsed = operation.schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, "body");
  // Each entry's handler accepts exactly its own schema's output.
  return (operation.run as (executor: Executor, input: unknown) => unknown)(db, parsed.data);
});
