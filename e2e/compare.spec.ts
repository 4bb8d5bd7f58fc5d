import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rankOffers } from "@/app/_lib/compare-ranking";
import { marketplaceWeights } from "@/lib/math/topsis-input";
import { type ApiOffer, getJson, listOffers, waitForCatalogToSettle } from "./api";
import { launchBrowser } from "./browser";
import { ComparePage } from "./pages/compare-page";
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

type Rankable = ApiOffer & { tflops_per_gpu: number | null };

function ranking(offers: Rankable[], weights: readonly number[]): string[] {
  const result = rankOffers(offers, weights);
  if (!result.ok) throw new Error(result.message);
  return result.ranked.map((r) => offers[r.index]?.id ?? "");
}

/**
 * Three offers of benchmarked GPUs whose TOPSIS winner changes when the price weight goes to 0
 * (typically a cheap slow GPU against an expensive fast one), with both expected rankings,
 * computed by the same code the page runs on the same API data.
 */
async function trioWhoseWinnerDependsOnPrice() {
  const benchmarks = await getJson<{ items: { gpu_model: string; tflops_fp16: number | null }[] }>(
    baseUrl,
    "/api/v1/math/benchmarks",
  );
  const tflops = new Map(benchmarks.items.map((b) => [b.gpu_model, b.tflops_fp16]));
  const list = await listOffers(baseUrl, { per_page: 100, sort: "price_per_gpu_hour" });
  const pool: Rankable[] = list.items
    .filter((o) => o.gpu_model !== null && tflops.get(o.gpu_model) != null)
    .map((o) => ({ ...o, tflops_per_gpu: tflops.get(o.gpu_model ?? "") ?? null }))
    .slice(0, 30);
  const noPrice = marketplaceWeights.map((w, j) => (j === 0 ? 0 : w));
  for (let a = 0; a < pool.length; a++)
    for (let b = a + 1; b < pool.length; b++)
      for (let c = b + 1; c < pool.length; c++) {
        const trio = [pool[a], pool[b], pool[c]].filter((o): o is Rankable => o !== undefined);
        const before = ranking(trio, marketplaceWeights);
        const after = ranking(trio, noPrice);
        if (before[0] !== after[0]) return { ids: trio.map((o) => o.id), before, after };
      }
  throw new Error("no trio of offers whose winner depends on the price weight");
}

describe("compare", () => {
  it("collects offers in the compare tray and opens them on /compare", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const market = new MarketplacePage(page, baseUrl);
    await market.open("per_page=10");
    const ids = (await market.shownOffers()).slice(0, 3).map((o) => o.id);
    for (const id of ids) await market.tickCompare(id);
    expect(await page.getByTestId("compare-count").textContent()).toBe("3");
    await page.getByTestId("compare-link").click();
    await page.waitForURL("**/compare?ids=*");
    expect(new URL(page.url()).searchParams.get("ids")?.split(",")).toEqual(ids);
    const compare = new ComparePage(page, baseUrl);
    await page.getByTestId("ranking-list").waitFor();
    expect(new Set(await compare.ranking())).toEqual(new Set(ids));
    await page.close();
  });

  it("re-ranks immediately when the price weight is pushed to 0", async () => {
    const trio = await trioWhoseWinnerDependsOnPrice();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const compare = new ComparePage(page, baseUrl);
    await compare.open(trio.ids);
    expect(await compare.ranking()).toEqual(trio.before);
    expect(await compare.weightShare("price")).toBe("30%");
    expect(await compare.why()).toContain("ranks above");

    await compare.zeroWeight("price");
    expect(await compare.weightShare("price")).toBe("0%");
    expect(await compare.weightShare("performance")).toBe("36%");
    expect(await compare.ranking()).toEqual(trio.after);
    expect(trio.after[0]).not.toBe(trio.before[0]);
    await page.close();
  });
});
