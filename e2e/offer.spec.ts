import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiOffer, getJson, listOffers, waitForCatalogToSettle } from "./api";
import { launchBrowser } from "./browser";
import { MarketplacePage } from "./pages/marketplace-page";
import { OfferPage } from "./pages/offer-page";

let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
  await waitForCatalogToSettle(baseUrl);
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

/** The first offer (by price) of a source whose price history has a point in the last 30 days. */
async function offerWithHistory(): Promise<{ offer: ApiOffer; points: number }> {
  for (const source of ["catalog", "api", "snapshot"]) {
    const list = await listOffers(baseUrl, { source, per_page: 20 });
    for (const offer of list.items) {
      const history = await getJson<{ points: unknown[] }>(
        baseUrl,
        `/api/v1/providers/${offer.id}/history?days=30`,
      );
      if (history.points.length > 0) return { offer, points: history.points.length };
    }
  }
  throw new Error("no offer has price history in the last 30 days");
}

describe("offer page", () => {
  it("opens from the keyboard (Enter on a row) and draws the price-history chart", async () => {
    const { offer, points } = await offerWithHistory();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const market = new MarketplacePage(page, baseUrl);
    await market.open(`source=${offer.provenance.source}`);
    const row = page.locator(`[data-testid="offer-row"][data-offer-id="${offer.id}"]`);
    await row.focus();
    await row.press("Enter");
    await page.waitForURL(`**/offers/${offer.id}`);

    const offerPage = new OfferPage(page, baseUrl);
    await offerPage.historySvg().waitFor();
    expect(await offerPage.historySvg().isVisible()).toBe(true);
    if (points === 1) expect(await offerPage.text("history-single")).toContain("One observation so far");
    expect(await offerPage.text("provenance-source")).toContain(offer.provenance.source);
    await page.close();
  });

  it("shows specs, unit costs (never invented) and similar offers", async () => {
    const list = await listOffers(baseUrl, { gpu_type: "H100", per_page: 10 });
    const offer = list.items[0];
    if (!offer) throw new Error("no H100 offer");
    const detail = await getJson<{ kpis: Record<string, number | null> }>(
      baseUrl,
      `/api/v1/providers/${offer.id}`,
    );
    const page = await browser.newPage();
    const offerPage = new OfferPage(page, baseUrl);
    await offerPage.open(offer.id);
    expect(await offerPage.text("offer-title")).toContain(offer.gpu_model ?? offer.gpu_type);
    const tokens7b = await offerPage.text("kpi-tokens-7b");
    if (detail.kpis.cost_per_1m_tokens_7b === null) expect(tokens7b).toBe("no benchmark");
    else expect(tokens7b).toMatch(/^\$/);
    await offerPage.similarOffers().first().waitFor();
    const similar = await offerPage.similarOffers().allTextContents();
    expect(similar.length).toBeGreaterThan(0);
    for (const text of similar) expect(text).toMatch(/^H100/);
    await page.close();
  });

  it("quotes ?quote_hours=H as H × price with four decimals and a disabled booking button", async () => {
    const list = await listOffers(baseUrl, { per_page: 10, sort: "price_per_hour", order: "desc" });
    const offer = list.items[0];
    if (!offer) throw new Error("no offers");
    const page = await browser.newPage();
    const offerPage = new OfferPage(page, baseUrl);
    await offerPage.open(offer.id, 7.5);
    expect(await offerPage.text("quote-total")).toBe(
      `$${(Math.round(7.5 * offer.price_per_hour * 10_000) / 10_000).toFixed(4)} USD`,
    );
    const button = page.getByRole("button", { name: "Booking opens soon" });
    expect(await button.isDisabled()).toBe(true);
    expect(await page.getByTestId("quote-box").textContent()).toContain("later release");
    await page.close();
  });

  it("answers an unknown offer id with the not-found page", async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${baseUrl}/offers/00000000-0000-4000-8000-000000000000`);
    expect(res?.status()).toBe(404);
    expect(await page.getByTestId("offer-not-found").isVisible()).toBe(true);
    await page.close();
  });
});
