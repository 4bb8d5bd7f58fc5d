import type { Page } from "playwright-core";

export interface ShownOffer {
  id: string;
  gpu: string;
  pricePerHour: number;
  provider: string;
}

const money = (text: string | null) => Number((text ?? "").replace(/[$,]/g, ""));

/** Page object for the marketplace at `/`: filters, query bar, results, paging, export, compare. */
export class MarketplacePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(search = ""): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${search ? `?${search}` : ""}`);
    await this.waitForResults();
  }

  /** Until the shown results belong to the query in the address bar (not a previous one). */
  async waitForResults(): Promise<void> {
    await this.page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="market-results"]');
      if (!el || el.dataset.state === "loading") return false;
      const canonical = (s: string) =>
        [...new URLSearchParams(s)]
          .map(([k, v]) => `${k}=${v}`)
          .sort()
          .join("&");
      return canonical(el.dataset.query ?? "") === canonical(window.location.search);
    });
  }

  searchParams(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async filterGpu(text: string): Promise<void> {
    await this.commit("filter-gpu", text);
  }

  async setMaxPrice(usdPerHour: number): Promise<void> {
    await this.commit("filter-max-price", String(usdPerHour));
  }

  private async commit(testId: string, value: string): Promise<void> {
    const before = this.page.url();
    const input = this.page.getByTestId(testId);
    await input.fill(value);
    await input.press("Enter");
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.waitForResults();
  }

  async typeQuery(text: string): Promise<void> {
    const input = this.queryInput();
    await input.fill(text);
    await input.press("Enter");
  }

  queryInput() {
    return this.page.getByTestId("query-input");
  }

  async total(): Promise<number> {
    return Number((await this.page.getByTestId("result-total").textContent())?.replace(/,/g, ""));
  }

  async shownOffers(): Promise<ShownOffer[]> {
    const rows = this.page.getByTestId("offer-row");
    const count = await rows.count();
    const offers: ShownOffer[] = [];
    for (let k = 0; k < count; k++) {
      const row = rows.nth(k);
      offers.push({
        id: (await row.getAttribute("data-offer-id")) ?? "",
        gpu: (await row.getByTestId("offer-link").textContent()) ?? "",
        pricePerHour: money(await row.getByTestId("cell-price").textContent()),
        provider: (await row.getByTestId("cell-provider").textContent()) ?? "",
      });
    }
    return offers;
  }

  async sortBy(field: string): Promise<void> {
    const before = this.page.url();
    await this.page.getByTestId(`sort-${field}`).click();
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.waitForResults();
  }

  async sortState(field: string): Promise<string | null> {
    return this.page.locator("th", { has: this.page.getByTestId(`sort-${field}`) }).getAttribute("aria-sort");
  }

  async nextPage(): Promise<void> {
    await this.page.getByTestId("pagination-next").click();
    await this.page.waitForURL((url) => url.searchParams.get("page") !== null);
    await this.waitForResults();
  }

  async pageIndicator(): Promise<string> {
    return (await this.page.getByTestId("page-indicator").textContent()) ?? "";
  }

  async exportHref(format: "csv" | "json"): Promise<string> {
    return (await this.page.getByTestId(`export-${format}`).getAttribute("href")) ?? "";
  }

  async tickCompare(offerId: string): Promise<void> {
    await this.page
      .locator(`[data-testid="offer-row"][data-offer-id="${offerId}"]`)
      .getByTestId("compare-checkbox")
      .check();
  }

  compareTray() {
    return this.page.getByTestId("compare-tray");
  }

  emptyState() {
    return this.page.getByTestId("empty-state");
  }
}
