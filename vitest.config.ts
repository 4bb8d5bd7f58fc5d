import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/*
 * Browser tests need Debian's Chromium (`apt-get install -y chromium`). On a machine without it
 * `npm test` still runs everything else and says so; CI installs it and sets REQUIRE_BROWSER=1.
 */
const hasChromium = existsSync("/usr/bin/chromium");
if (!hasChromium) {
  if (process.env.REQUIRE_BROWSER === "1")
    throw new Error("REQUIRE_BROWSER=1 but /usr/bin/chromium is missing");
  console.warn(
    "[gpubroker] /usr/bin/chromium not found: browser tests (e2e/) not run. apt-get install -y chromium",
  );
}

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "lib", include: ["lib/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "server",
          include: [
            "server/**/*.test.ts",
            "drizzle/**/*.test.ts",
            "app/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          environment: "node",
          globalSetup: ["./server/testing/global-setup.ts"],
          env: { LOG_LEVEL: "error" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(hasChromium ? [e2eProject()] : []),
    ],
  },
});

function e2eProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: "e2e",
      include: ["e2e/**/*.spec.ts"],
      environment: "node",
      globalSetup: ["./e2e/global-setup.ts"],
      testTimeout: 60_000,
      hookTimeout: 300_000,
      fileParallelism: false,
    },
  };
}
