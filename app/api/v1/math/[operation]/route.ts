import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseBody, rest } from "@/server/http/rest";
import { isMathOperation, mathOperations } from "@/server/services/math-operations";

export const POST = rest(async (request, { db, params }) => {
  const name = String(params.operation ?? "");
  if (!isMathOperation(name)) {
    throw new AppError("NOT_FOUND", `No math operation '${name}'`, {
      operation: name,
      available: Object.keys(mathOperations),
    });
  }
  const operation = mathOperations[name];
  const input = await parseBody(request, operation.schema);
  // Each entry's handler accepts exactly its own schema's output.
  return (operation.run as (executor: Executor, input: unknown) => unknown)(db, input);
});
