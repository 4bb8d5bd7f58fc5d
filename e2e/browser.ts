import { type Browser, chromium } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";

/**
 * Debian's Chromium, never a downloaded browser; the flags keep it off the closed network
 * (RECIPES.md). Playwright gives each launch a fresh temporary profile.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
