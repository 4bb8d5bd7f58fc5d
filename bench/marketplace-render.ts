/**
 * Marketplace first render: opens `/` in Chromium RUNS times, each in a fresh browser context
 * (empty cache, no cookies), and prints navigation timing — DOMContentLoaded, load, first
 * contentful paint, and when the first offer row enters the document — as median and p95 in ms.
 * Target (issue "Marketplace"): first render ≤ 1.5 s.
 *
 * Starts nothing itself: point it at a running server.
 * Run: BASE_URL=http://localhost:3000 npx tsx bench/marketplace-render.ts
 */
import { launchBrowser } from "../e2e/browser";

const baseUrl = process.env.BASE_URL;
const runs = Number(process.env.RUNS ?? 10);
if (!baseUrl) {
  process.stderr.write("BASE_URL is required, e.g. BASE_URL=http://localhost:3000\n");
  process.exit(2);
}

interface Sample {
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number;
  firstOfferRow: number;
}

const browser = await launchBrowser();
const samples: Sample[] = [];
try {
  // one unmeasured visit so server-side caches (compiled routes, DB pages) are warm for every run
  const warm = await browser.newPage();
  await warm.goto(`${baseUrl}/`, { waitUntil: "load" });
  await warm.close();
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // records when the parser (or React) first puts an offer row into the document
    await context.addInitScript(() => {
      const w = window as Window & { firstOfferRowAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="offer-row"]')) {
          w.firstOfferRowAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: "load" });
    await page.locator('[data-testid="offer-row"]').first().waitFor();
    const sample = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
        load: nav?.loadEventEnd ?? Number.NaN,
        firstContentfulPaint: fcp?.startTime ?? Number.NaN,
        firstOfferRow: (window as Window & { firstOfferRowAt?: number }).firstOfferRowAt ?? Number.NaN,
      };
    });
    samples.push(sample);
    await context.close();
  }
} finally {
  await browser.close();
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const metrics: (keyof Sample)[] = ["domContentLoaded", "load", "firstContentfulPaint", "firstOfferRow"];
process.stdout.write(`marketplace first render, ${samples.length} cold visits of ${baseUrl}/\n`);
for (const m of metrics) {
  const values = samples.map((s) => s[m]);
  process.stdout.write(
    `  ${m.padEnd(22)} median ${quantile(values, 0.5).toFixed(0).padStart(5)} ms   p95 ${quantile(
      values,
      0.95,
    )
      .toFixed(0)
      .padStart(5)} ms\n`,
  );
}
const fcpMedian = quantile(
  samples.map((s) => s.firstContentfulPaint),
  0.5,
);
process.stdout.write(
  `  target: first contentful paint ≤ 1500 ms → ${fcpMedian <= 1500 ? "met" : "NOT met"}\n`,
);
