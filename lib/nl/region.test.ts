import { describe, expect, it } from "vitest";
import { extractRegion } from "./region";
import { createWorkloadContext } from "./workload-context";

const region = (text: string) => {
  const found = extractRegion(createWorkloadContext(text));
  return found === null ? null : [found.country, found.continent];
};

describe("extractRegion", () => {
  it.each([
    ["in the EU", null, "europe"],
    ["us-east", "US", "north_america"],
    ["us-central1", "US", "north_america"],
    ["Region: US East.", "US", "north_america"],
    ["in the US", "US", "north_america"],
    ["in the us", "US", "north_america"],
    ["servers in Germany", "DE", "europe"],
    ["somewhere in asia", null, "asia"],
    ["Frankfurt", "DE", "europe"],
    ["in the uk", "GB", "europe"],
    ["eu-west-1", null, "europe"],
    ["ap-southeast-1", null, "asia"],
    ["in the middle east", null, "middle_east"],
    ["in Oregon", "US", "north_america"],
    ["sao paulo", "BR", "south_america"],
    ["german servers", "DE", "europe"],
    ["west europe", null, "europe"],
    ["germny", "DE", "europe"],
  ])("reads %s", (text, country, continent) => {
    expect(region(text)).toEqual([country, continent]);
  });

  it("keeps the matched phrase as raw", () => {
    expect(extractRegion(createWorkloadContext("in the EU"))?.raw).toBe("eu");
  });

  it.each([
    "tell us about pricing",
    "what's the capital of france",
    "transcribe interviews in German",
    "spanish podcasts",
    "50 eur",
  ])("finds no region in %s", (text) => {
    expect(region(text)).toBeNull();
  });
});
