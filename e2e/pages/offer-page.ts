import type { Page } from "playwright-core";

/** Page object for `/offers/[id]`. */
export class OfferPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(id: string, quoteHours?: number): Promise<void> {
    const query = quoteHours === undefined ? "" : `?quote_hours=${quoteHours}`;
    await this.page.goto(`${this.baseUrl}/offers/${id}${query}`);
    await this.page.getByTestId("offer-page").waitFor();
  }

  /** The price-history chart's SVG, once recharts has drawn it. */
  historySvg() {
    return this.page.getByTestId("history-chart").locator("svg.recharts-surface").first();
  }

  async text(testId: string): Promise<string> {
    return (await this.page.getByTestId(testId).textContent()) ?? "";
  }

  similarOffers() {
    return this.page.getByTestId("similar-offer");
  }
}
