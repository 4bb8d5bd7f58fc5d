import type { Locator, Page } from "playwright-core";

/** Page object for the floating assistant (app/_components/assistant), present on every page. */
export class AssistantPanel {
  constructor(readonly page: Page) {}

  launcher(): Locator {
    return this.page.getByRole("button", { name: "Open assistant" });
  }

  panel(): Locator {
    return this.page.getByTestId("assistant-panel");
  }

  input(): Locator {
    return this.page.getByTestId("assistant-input");
  }

  unreadDot(): Locator {
    return this.page.getByTestId("assistant-unread");
  }

  async open(): Promise<void> {
    await this.launcher().click();
    await this.panel().waitFor({ state: "visible" });
  }

  async ask(text: string): Promise<void> {
    await this.input().fill(text);
    await this.input().press("Enter");
  }

  messages(role: "user" | "assistant"): Locator {
    return this.page.locator(`[data-testid="assistant-message"][data-role="${role}"]`);
  }

  /** Cards of the latest answer. */
  latestCards(): Locator {
    return this.messages("assistant").last().getByTestId("assistant-recommendation");
  }

  card(index: number): Locator {
    return this.latestCards().nth(index);
  }

  async waitForCards(count: number): Promise<void> {
    await this.latestCards()
      .nth(count - 1)
      .waitFor({ state: "visible" });
  }

  /** Resolves once the answer has streamed to its end (the indicator is gone). */
  async waitForAnswer(): Promise<void> {
    await this.page.getByTestId("assistant-thinking").waitFor({ state: "detached" });
  }

  clarifyingQuestion(): Locator {
    return this.messages("assistant").last().getByTestId("assistant-clarifying");
  }

  template(id: string): Locator {
    return this.page.getByTestId(`assistant-template-${id}`);
  }

  wizard(): Locator {
    return this.page.getByTestId("assistant-template-wizard");
  }

  wizardField(questionId: string): Locator {
    return this.page.getByTestId(`wizard-${questionId}`);
  }

  error(): Locator {
    return this.page.getByTestId("assistant-error");
  }

  retry(): Locator {
    return this.page.getByTestId("assistant-retry");
  }

  /** Is the element with keyboard focus this locator's element? */
  async hasFocus(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el === document.activeElement);
  }
}
