import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { AssistantPanel } from "./pages/assistant-panel";
import { HomePage } from "./pages/home-page";

let browser: Browser;
let context: BrowserContext | undefined;
const baseUrl = inject("baseUrl");
const EXAMPLE = "I need to process 10 AI images for 1 hour";
const TOTAL_USD = /^\$\d{1,3}(,\d{3})*\.\d{2}$/;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile per test: the session id and history live in browser storage. */
async function openHome(
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; ai: AssistantPanel }> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await new HomePage(page, baseUrl).open();
  const ai = new AssistantPanel(page);
  await ai.launcher().waitFor();
  return { page, ai };
}

describe("assistant panel", () => {
  it("answers the design's example with three priced cards and books the first", async () => {
    const { page, ai } = await openHome();
    await ai.open();
    expect(await ai.hasFocus(ai.input())).toBe(true);

    const request = page.waitForRequest((r) => r.url().endsWith("/api/chat") && r.method() === "POST");
    await ai.ask(EXAMPLE);
    const body = (await request).postDataJSON() as { id: string; context: { page: string } };
    expect(body.context.page).toBe("/");
    expect(body.id).toBe(await page.evaluate(() => localStorage.getItem("gpubroker:assistant-session")));

    await ai.waitForCards(3);
    expect(await ai.latestCards().count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect(await ai.card(i).getByTestId("rec-total").textContent()).toMatch(TOTAL_USD);
      expect(await ai.card(i).getByTestId("rec-rank").textContent()).toBe(`#${i + 1}`);
    }
    expect(await ai.messages("user").last().textContent()).toContain(EXAMPLE);

    const href = (await ai.card(0).getByTestId("rec-book").getAttribute("href")) ?? "";
    const offerId = /^\/offers\/([^/?]+)\?quote_hours=1$/.exec(href)?.[1];
    expect(offerId).toBeDefined();
    await ai.card(0).getByTestId("rec-book").click();
    await page.waitForURL(`${baseUrl}/offers/${offerId}?quote_hours=1`);
    await page.getByTestId("offer-page").waitFor();
    expect((await page.locator("h1").textContent())?.trim().length).toBeGreaterThan(0);
    const provider = (await ai.card(0).getByTestId("rec-provider").textContent()) ?? "";
    expect(await page.getByTestId("offer-page").textContent()).toContain(provider);
    if ((await page.getByTestId("quote-box").count()) > 0)
      expect(await page.getByTestId("quote-hours").textContent()).toContain("1");
  });

  it("turns a template's answers into a sent message and answers it", async () => {
    const { ai } = await openHome();
    await ai.open();
    await ai.template("image_generation").click();
    await ai.wizard().waitFor();
    expect(await ai.hasFocus(ai.wizardField("count"))).toBe(true);
    await ai.wizardField("count").fill("50");
    await ai.wizardField("model").selectOption("Flux");
    await ai.wizard().getByTestId("wizard-send").click();

    await ai.messages("user").last().waitFor();
    expect(await ai.messages("user").last().textContent()).toBe(
      "Generate 50 images with Flux within 1 hours",
    );
    await ai.waitForCards(1);
    expect(
      (await ai.messages("assistant").last().getByTestId("assistant-message-text").textContent())?.length,
    ).toBeGreaterThan(10);
  });

  it("thanks the visitor for a thumbs-up on a card", async () => {
    const { page, ai } = await openHome();
    await ai.open();
    await ai.ask(EXAMPLE);
    await ai.waitForCards(3);
    const feedback = page.waitForResponse((r) => r.url().endsWith("/api/v1/ai/feedback"));
    await ai.card(0).getByTestId("rec-thumbs-up").click();
    expect((await feedback).status()).toBe(200);
    await ai.card(0).getByTestId("rec-feedback-thanks").waitFor();
    expect(await ai.card(1).getByTestId("rec-feedback-thanks").count()).toBe(0);
  });

  it("puts the clarifying question first when the planner is unsure", async () => {
    const { ai } = await openHome();
    await ai.open();
    await ai.ask("I need a GPU");
    await ai.clarifyingQuestion().waitFor();
    expect(await ai.clarifyingQuestion().textContent()).toMatch(/\?$/);
  });

  it("closes on Escape, returns focus to the launcher and leaves the page usable", async () => {
    const { page, ai } = await openHome();
    await ai.open();
    // non-modal: the page behind still takes clicks while the panel is open
    await page.getByRole("link", { name: "GPU benchmarks" }).click();
    await page.waitForURL(`${baseUrl}/benchmarks`);
    expect(await ai.panel().isVisible()).toBe(true);

    await ai.input().press("Escape");
    await ai.panel().waitFor({ state: "hidden" });
    expect(await ai.hasFocus(ai.launcher())).toBe(true);
  });

  it("marks an answer that finished while minimised as unread", async () => {
    const { page, ai } = await openHome();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/chat", async (route) => {
      await gate;
      await route.continue();
    });
    await ai.open();
    await ai.ask(EXAMPLE);
    await page.keyboard.press("Escape");
    await ai.panel().waitFor({ state: "hidden" });
    release();
    await ai.unreadDot().waitFor();

    await ai.open();
    expect(await ai.unreadDot().count()).toBe(0);
    await ai.waitForCards(3);
  });

  it("shows an error with a retry that recovers", async () => {
    const { page, ai } = await openHome();
    await page.route(
      "**/api/chat",
      (route) =>
        route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "UNAVAILABLE", message: "Assistant briefly unavailable" } }),
        }),
      { times: 1 },
    );
    await ai.open();
    await ai.ask(EXAMPLE);
    await ai.error().waitFor();
    expect(await ai.error().textContent()).toContain("Assistant briefly unavailable");
    await ai.retry().click();
    await ai.waitForCards(3);
    expect(await ai.error().count()).toBe(0);
  });

  it("keeps the session id and the conversation across a reload", async () => {
    const { page, ai } = await openHome();
    await ai.open();
    await ai.ask(EXAMPLE);
    await ai.waitForCards(3);
    await ai.waitForAnswer();
    const sessionId = await page.evaluate(() => localStorage.getItem("gpubroker:assistant-session"));

    await page.reload();
    await ai.open();
    expect(await page.evaluate(() => localStorage.getItem("gpubroker:assistant-session"))).toBe(sessionId);
    expect(await ai.messages("user").first().textContent()).toContain(EXAMPLE);
    expect(await ai.latestCards().count()).toBe(3);
  });

  it("fills the screen on a phone", async () => {
    const { ai } = await openHome({ width: 390, height: 800 });
    await ai.open();
    const box = await ai.panel().boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 800 });
  });
});
