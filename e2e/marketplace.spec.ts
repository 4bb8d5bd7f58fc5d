import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listOffers, parseCsv, waitForCatalogToSettle } from "./api";
import { launchBrowser } from "./browser";
import { MarketplacePage } from "./pages/marketplace-page";

let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
  await waitForCatalogToSettle(baseUrl);
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

async function marketplace(viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  return new MarketplacePage(page, baseUrl);
}

const isH100 = (gpu: string) => /^H100\b/.test(gpu);

describe("marketplace: find offers", () => {
  it("filters by GPU and max price and shows only matching rows, as many as the API finds", async () => {
    const market = await marketplace();
    await market.open();
    await market.filterGpu("H100");
    await market.setMaxPrice(5);
    expect(market.searchParams().get("gpu_type")).toBe("H100");
    expect(market.searchParams().get("max_price")).toBe("5");

    const expected = await listOffers(baseUrl, { gpu_type: "H100", max_price: 5, per_page: 20 });
    expect(expected.total).toBeGreaterThan(0);
    expect(await market.total()).toBe(expected.total);
    const shown = await market.shownOffers();
    expect(shown.map((o) => o.id)).toEqual(expected.items.map((o) => o.id));
    for (const offer of shown) {
      expect(isH100(offer.gpu), offer.gpu).toBe(true);
      expect(offer.pricePerHour).toBeLessThanOrEqual(5);
    }
    // the query bar follows the sidebar
    expect(await market.queryInput().inputValue()).toBe("gpu=H100 price<=5");
    await market.page.close();
  });

  it("applies a typed query on Enter and underlines the token that does not parse", async () => {
    const market = await marketplace();
    await market.open();
    await market.typeQuery("gpu=H100 price<5 sort=-gpu_price");
    await market.page.waitForURL((url) => url.searchParams.get("gpu_type") === "H100");
    await market.waitForResults();
    expect(market.searchParams().get("max_price")).toBe("5");
    expect(market.searchParams().get("sort")).toBe("price_per_gpu_hour");
    expect(market.searchParams().get("order")).toBe("desc");
    expect(await market.page.getByTestId("filter-gpu").inputValue()).toBe("H100");
    expect(await market.page.getByTestId("filter-max-price").inputValue()).toBe("5");

    const before = market.page.url();
    await market.typeQuery("gpu=H100 vrm>=80");
    await market.page.getByTestId("query-errors").waitFor();
    expect(await market.page.getByTestId("query-error-token").first().textContent()).toBe("vrm");
    expect(await market.page.getByTestId("query-error-message").first().textContent()).toContain("vram");
    expect(await market.queryInput().getAttribute("aria-invalid")).toBe("true");
    expect(market.page.url()).toBe(before);
    await market.page.close();
  });

  it("flips the order of prices when the price header is clicked", async () => {
    const market = await marketplace();
    await market.open();
    expect(await market.sortState("price_per_hour")).toBe("ascending");
    const ascending = (await market.shownOffers()).map((o) => o.pricePerHour);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await market.sortBy("price_per_hour");
    expect(market.searchParams().get("order")).toBe("desc");
    expect(await market.sortState("price_per_hour")).toBe("descending");
    const descending = (await market.shownOffers()).map((o) => o.pricePerHour);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(ascending[0] ?? Number.POSITIVE_INFINITY);
    await market.page.close();
  });

  it("pages through results: page 2 differs from page 1, the total stays, back returns to page 1", async () => {
    const market = await marketplace();
    await market.open("per_page=10");
    const total = await market.total();
    expect(total).toBeGreaterThan(10);
    const first = (await market.shownOffers()).map((o) => o.id);
    expect(first).toHaveLength(10);

    await market.nextPage();
    expect(market.searchParams().get("page")).toBe("2");
    expect(market.searchParams().get("as_of")).not.toBeNull();
    expect(await market.pageIndicator()).toBe(`Page 2 of ${Math.ceil(total / 10)}`);
    expect(await market.total()).toBe(total);
    const second = (await market.shownOffers()).map((o) => o.id);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((id) => first.includes(id))).toEqual([]);

    await market.page.goBack();
    await market.page.waitForURL((url) => url.searchParams.get("page") === null);
    await market.waitForResults();
    expect((await market.shownOffers()).map((o) => o.id)).toEqual(first);
    await market.page.close();
  });

  it("exports CSV of exactly the filtered offers from the URL the button points to", async () => {
    const market = await marketplace();
    await market.open("gpu_type=H100&max_price=5");
    const href = await market.exportHref("csv");
    expect(href).toContain("/api/v1/providers/export?");
    const params = new URL(href, baseUrl).searchParams;
    expect(params.get("format")).toBe("csv");
    expect(params.get("gpu_type")).toBe("H100");
    expect(params.get("max_price")).toBe("5");

    const res = await fetch(new URL(href, baseUrl));
    expect(res.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = parseCsv(await res.text()).filter((r) => r.length > 1);
    expect(header).toEqual([
      "id",
      "provider",
      "gpu_model",
      "gpu_type",
      "gpu_count",
      "vram_per_gpu_gb",
      "total_vram_gb",
      "price_per_hour",
      "price_per_gpu_hour",
      "spot_price_per_hour",
      "currency",
      "region",
      "country",
      "market",
      "availability_status",
      "instance_type",
      "cpu_cores",
      "ram_gb",
      "cost_per_1m_tokens_7b",
      "source",
      "observed_at",
      "stale",
    ]);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows.length).toBe(await market.total());
    for (const row of rows) {
      expect(isH100(row[column("gpu_model")] ?? ""), row.join(",")).toBe(true);
      expect(Number(row[column("price_per_hour")])).toBeLessThanOrEqual(5);
      expect(["", "false"]).toContain(row[column("stale")]);
    }
    await market.page.close();
  });

  it("shows an empty state whose chips remove one filter each", async () => {
    const market = await marketplace();
    await market.open("gpu_type=H100&max_price=0.01");
    await market.emptyState().waitFor();
    expect(await market.emptyState().textContent()).toContain("No offers match — try removing a filter");
    const before = market.page.url();
    await market.page.getByRole("button", { name: "Remove filter ≤ $0.01/h" }).click();
    await market.page.waitForURL((url) => url.toString() !== before);
    await market.waitForResults();
    expect(market.searchParams().get("max_price")).toBeNull();
    expect(market.searchParams().get("gpu_type")).toBe("H100");
    expect((await market.shownOffers()).length).toBeGreaterThan(0);
    await market.page.close();
  });

  it("says when offers come from the bundled snapshot and when prices are stale", async () => {
    const market = await marketplace();
    await market.open("source=snapshot");
    const api = await listOffers(baseUrl, { source: "snapshot" });
    expect(api.items.length).toBeGreaterThan(0);
    await market.page.getByTestId("snapshot-notice").waitFor();
    const newestAgeS = Math.min(...api.items.map((o) => o.provenance.age_s));
    expect(await market.page.getByTestId("stale-banner").isVisible()).toBe(newestAgeS > 15 * 60);
    await market.page.close();
  });

  it("on a 375 px screen collapses the filters into a disclosure and shows cards", async () => {
    const market = await marketplace({ width: 375, height: 800 });
    await market.open();
    await market.page.getByTestId("offer-cards").waitFor();
    expect(await market.page.getByTestId("filter-disclosure").isVisible()).toBe(true);
    expect(await market.page.getByTestId("filter-sidebar").count()).toBe(0);
    expect(await market.page.getByTestId("offer-table").count()).toBe(0);
    const scrollWidth = await market.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await market.page.close();
  });
});
