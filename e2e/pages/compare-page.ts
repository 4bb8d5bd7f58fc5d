import type { Page } from "playwright-core";

/** Page object for `/compare?ids=…`. */
export class ComparePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(ids: readonly string[]): Promise<void> {
    await this.page.goto(`${this.baseUrl}/compare?ids=${ids.join(",")}`);
    await this.page.getByTestId("ranking-list").waitFor();
  }

  /** Offer ids in ranked order, best first. */
  async ranking(): Promise<string[]> {
    return this.page
      .getByTestId("ranking-item")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-offer-id") ?? ""));
  }

  /** Moves a weight slider to 0 with the keyboard (Home), as a user would. */
  async zeroWeight(criterion: string): Promise<void> {
    const slider = this.page.getByTestId(`weight-slider-${criterion}`);
    await slider.focus();
    await slider.press("Home");
  }

  async weightShare(criterion: string): Promise<string> {
    return (await this.page.getByTestId(`weight-share-${criterion}`).textContent()) ?? "";
  }

  async why(): Promise<string> {
    return (await this.page.getByTestId("why-sentence").textContent()) ?? "";
  }
}
