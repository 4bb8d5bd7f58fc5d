import type { Page } from "playwright-core";

/** Page object for the marketplace home. */
export class HomePage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
  }

  shell() {
    return this.page.getByTestId("app-shell");
  }

  async benchmarkCount(): Promise<number> {
    return Number(await this.page.getByTestId("benchmark-count").textContent());
  }
}
