import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errorBodySchema, toAppError, toErrorBody, validationError } from "./errors";

describe("AppError mapping", () => {
  it("maps every design category to its status", () => {
    expect(new AppError("VALIDATION_ERROR", "x").status).toBe(400);
    expect(new AppError("AUTHENTICATION_ERROR", "x").status).toBe(401);
    expect(new AppError("AUTHORIZATION_ERROR", "x").status).toBe(403);
    expect(new AppError("NOT_FOUND", "x").status).toBe(404);
    expect(new AppError("RATE_LIMITED", "x").status).toBe(429);
    expect(new AppError("PROVIDER_ERROR", "x").status).toBe(502);
    expect(new AppError("SERVICE_UNAVAILABLE", "x").status).toBe(503);
    expect(new AppError("INTERNAL_ERROR", "x").status).toBe(500);
  });

  it("never leaks the text of unexpected errors", () => {
    const leaky = new Error(
      'Failed query: select * from "users" where password = $1\n    at Object.<anonymous> (/srv/app.js:1:1)',
    );
    const safe = toAppError(leaky);
    expect(safe.code).toBe("INTERNAL_ERROR");
    const body = JSON.stringify(toErrorBody(safe, "t1"));
    expect(body).not.toContain("select");
    expect(body).not.toContain("users");
    expect(body).not.toContain("/srv/app.js");
    expect(safe.cause).toBe(leaky);
  });

  it("turns zod issues into VALIDATION_ERROR naming the field", () => {
    const schema = z.object({ per_page: z.coerce.number().int().max(100) });
    const result = schema.safeParse({ per_page: "500" });
    if (result.success) throw new Error("expected failure");
    const error = validationError(result.error, "query");
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details).toMatchObject({ field: "per_page", location: "query" });
    expect(error.message).toMatch(/^Invalid per_page: /);
  });

  it("produces bodies in the design's format", () => {
    const body = toErrorBody(new AppError("NOT_FOUND", "No route", { path: "/api/v1/nope" }), "abc123");
    expect(errorBodySchema.parse(body)).toEqual({
      error: {
        code: "NOT_FOUND",
        message: "No route",
        details: { path: "/api/v1/nope" },
        trace_id: "abc123",
      },
    });
  });
});
