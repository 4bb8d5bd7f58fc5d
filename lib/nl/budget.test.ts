import { describe, expect, it } from "vitest";
import { extractBudget } from "./budget";
import { createWorkloadContext } from "./workload-context";

const budget = (text: string) => extractBudget(createWorkloadContext(text));

describe("extractBudget", () => {
  it.each([
    ["under $2/hr", { amount: 2, currency: "USD", per: "hour" }],
    ["€300 per month", { amount: 300, currency: "EUR", per: "month" }],
    ["budget is 500 dollars", { amount: 500, currency: "USD", per: "total" }],
    ["max 1.5 usd an hour", { amount: 1.5, currency: "USD", per: "hour" }],
    ["£50 total", { amount: 50, currency: "GBP", per: "total" }],
    ["2000€", { amount: 2000, currency: "EUR", per: "total" }],
    ["0.5€/h", { amount: 0.5, currency: "EUR", per: "hour" }],
    ["10 bucks", { amount: 10, currency: "USD", per: "total" }],
    ["3 quid", { amount: 3, currency: "GBP", per: "total" }],
    ["50 cents an hour", { amount: 0.5, currency: "USD", per: "hour" }],
    ["max 0.8 usd per gpu hour", { amount: 0.8, currency: "USD", per: "hour" }],
    ["€1.5k", { amount: 1500, currency: "EUR", per: "total" }],
    ["budget 2k per month", { amount: 2000, currency: "USD", per: "month" }],
    ["daily budget of $5", { amount: 5, currency: "USD", per: "day" }],
    ["€40 per day", { amount: 40, currency: "EUR", per: "day" }],
    ["$70 per week", { amount: 10, currency: "USD", per: "day" }],
    ["$2-3/hr", { amount: 3, currency: "USD", per: "hour" }],
  ])("reads %s", (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });

  it("prefers the amount introduced by a budget word", () => {
    expect(budget("last time I paid $9, this time under $4/hr")).toEqual({
      amount: 4,
      currency: "USD",
      per: "hour",
    });
  });

  it("finds no budget without money", () => {
    expect(budget("no budget limit")).toBeNull();
    expect(budget("under 3 hours")).toBeNull();
    expect(budget("spend 2 hours")).toBeNull();
    expect(budget("generate 100 images")).toBeNull();
  });
});
