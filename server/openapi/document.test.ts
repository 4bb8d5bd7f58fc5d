import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with the shared error component", () => {
    expect(doc.openapi).toBe("3.1.0");
    const error = doc.components?.schemas?.Error as {
      properties: { error: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(error.properties.error.properties).sort()).toEqual([
      "code",
      "details",
      "message",
      "trace_id",
    ]);
  });

  it("describes query parameters from the handlers' zod schemas", () => {
    const op = doc.paths?.["/api/v1/math/benchmarks"]?.get;
    const names = (op?.parameters ?? []).map((p) => ("name" in p ? p.name : ""));
    expect(names).toEqual(["vendor", "min_vram_gb"]);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "500"]));
  });
});
