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
