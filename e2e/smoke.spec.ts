import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { HomePage } from "./pages/home-page";

let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("smoke: npm start serves the app", () => {
  it("shows the app shell and the 41 benchmarked GPU models", async () => {
    const page = await browser.newPage();
    const home = new HomePage(page, baseUrl);
    await home.open();
    expect(await home.shell().isVisible()).toBe(true);
    expect(await page.title()).toContain("GPUBROKER");
    expect(await home.benchmarkCount()).toBe(41);
    await page.close();
  });

  it("answers unknown API paths with the design's error JSON", async () => {
    const res = await fetch(`${baseUrl}/api/v1/nope`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; trace_id: string } };
    expect(body.error.code).toBe("NOT_FOUND");
    expect(body.error.trace_id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("smoke: API conventions on the running server", () => {
  it("answers a bad query parameter with 400 VALIDATION_ERROR naming the field", async () => {
    const res = await fetch(`${baseUrl}/api/v1/math/benchmarks?min_vram_gb=lots`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { field: string } } };
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.details.field).toBe("min_vram_gb");
  });

  it("continues an incoming W3C trace", async () => {
    const res = await fetch(`${baseUrl}/api/v1/nope`, {
      headers: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" },
    });
    expect(res.headers.get("x-trace-id")).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it("lists 23+ providers and a non-empty catalog from the bundled snapshot", async () => {
    const res = await fetch(`${baseUrl}/api/v1/providers/health`);
    const body = (await res.json()) as { provider_statuses: { provider: string; offers: number }[] };
    expect(body.provider_statuses.length).toBeGreaterThanOrEqual(23);
    expect(body.provider_statuses.reduce((n, p) => n + p.offers, 0)).toBeGreaterThan(100);
  });

  it("serves an OpenAPI 3.1 document generated from the zod schemas", async () => {
    const doc = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/providers/health");
    expect(doc.components.schemas.Error).toBeDefined();
  });
});
