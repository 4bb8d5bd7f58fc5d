import { describe, expect, it } from "vitest";
import { filterChips } from "./filter-chips";
import {
  exportHref,
  filtersOf,
  marketHref,
  marketParams,
  parseMarketParams,
  withFilters,
} from "./market-url";

describe("marketplace URL state", () => {
  it("round-trips filters, sort and page through URL parameters, leaving defaults out", () => {
    const query = parseMarketParams(
      new URLSearchParams(
        "gpu_type=H100,4090&max_price=5&provider=runpod&sort=price_per_gpu_hour&order=desc&page=3",
      ),
    );
    expect(query).toMatchObject({
      gpu_type: ["H100", "4090"],
      max_price: 5,
      provider: ["runpod"],
      sort: "price_per_gpu_hour",
      order: "desc",
      page: 3,
      per_page: 20,
    });
    expect(parseMarketParams(marketParams(query))).toEqual(query);
    expect(marketHref(parseMarketParams(new URLSearchParams("")))).toBe("/");
  });

  it("drops a parameter that does not validate instead of failing the whole page", () => {
    const query = parseMarketParams(new URLSearchParams("max_price=lots&per_page=7&gpu_type=H100"));
    expect(query.max_price).toBeUndefined();
    expect(query.per_page).toBe(20);
    expect(query.gpu_type).toEqual(["H100"]);
  });

  it("drops an invalid filter coming from a form rather than throwing", () => {
    expect(filtersOf({ gpu_type: ["x".repeat(150)], max_price: 3 })).toEqual({ max_price: 3 });
  });

  it("starts a new result set when filters change: page 1 and no pagination snapshot", () => {
    const query = parseMarketParams(
      new URLSearchParams("page=4&as_of=2026-01-01T00:00:00.000Z&sort=provider"),
    );
    const next = withFilters(query, { gpu_type: ["A100"] });
    expect(next.page).toBe(1);
    expect(next.as_of).toBeUndefined();
    expect(next.sort).toBe("provider");
  });

  it("points the export at the filters only (no sort or paging) with the format", () => {
    const href = exportHref({ gpu_type: ["H100"], max_price: 5, include_stale: true }, "csv");
    const params = new URL(href, "http://x").searchParams;
    expect(href.startsWith("/api/v1/providers/export?")).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      gpu_type: "H100",
      max_price: "5",
      include_stale: "true",
      format: "csv",
    });
  });
});

describe("filter chips", () => {
  it("offers one chip per active value, each removing only itself", () => {
    const chips = filterChips({ gpu_type: ["H100", "A100"], max_price: 3, market: ["spot"] });
    expect(chips.map((c) => c.label)).toEqual(["GPU: H100", "GPU: A100", "≤ $3/h", "Market: Spot"]);
    expect(chips[0]?.without).toEqual({ gpu_type: ["A100"], max_price: 3, market: ["spot"] });
    expect(chips[2]?.without.max_price).toBeUndefined();
    expect(chips[3]?.without.market).toBeUndefined();
  });
});
