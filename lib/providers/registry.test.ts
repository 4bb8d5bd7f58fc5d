import { describe, expect, it } from "vitest";
import { providerAdapters } from "./registry";

describe("provider registry", () => {
  it("lists 23+ distinct providers with complete info", () => {
    const slugs = providerAdapters.map((a) => a.info.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBeGreaterThanOrEqual(23);
    for (const a of providerAdapters) {
      expect(a.info.displayName.length).toBeGreaterThan(0);
      expect(a.info.apiBaseUrl).toMatch(/^https:\/\//);
      expect(["api", "catalog"]).toContain(a.info.kind);
    }
  });

  it("has the 19 live-API adapters of the provider reference", () => {
    const api = providerAdapters.filter((a) => a.info.kind === "api").map((a) => a.info.slug);
    expect(api.sort()).toEqual(
      [
        "aws",
        "azure",
        "cudo",
        "digitalocean",
        "fluidstack",
        "gcp",
        "hyperstack",
        "jarvislabs",
        "lambdalabs",
        "nebius",
        "oci",
        "ovh",
        "paperspace",
        "runpod",
        "scaleway",
        "tensordock",
        "vastai",
        "verda",
        "vultr",
      ].sort(),
    );
  });
});
