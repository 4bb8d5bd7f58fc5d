import { describe, expect, it } from "vitest";
import { extractConcurrency } from "./concurrency";
import { createWorkloadContext } from "./workload-context";

const users = (text: string) => extractConcurrency(createWorkloadContext(text));

describe("extractConcurrency", () => {
  it.each([
    ["for 100 concurrent users", 100],
    ["about 50 users", 50],
    ["my team of 15 devs", 15],
    ["20 concurrent requests", 20],
    ["a thousand simultaneous sessions", 1000],
  ])("reads %s", (text, value) => {
    expect(users(text)).toBe(value);
  });

  it("does not read amounts of requests as concurrency", () => {
    expect(users("20 requests")).toBeNull();
    expect(users("for 3 days")).toBeNull();
  });
});
