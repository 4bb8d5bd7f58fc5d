import { describe, expect, it } from "vitest";
import { continentOfCountry, regionInfo } from "./regions";

const cases: readonly (readonly [region: string, country: string | null, continent: string | null])[] = [
  // AWS codes, availability zones and display names
  ["us-east-1", "US", "north_america"],
  ["eu-west-1", "IE", "europe"],
  ["eu-central-1", "DE", "europe"],
  ["ap-northeast-1", "JP", "asia"],
  ["ap-southeast-2", "AU", "oceania"],
  ["sa-east-1", "BR", "south_america"],
  ["me-central-1", "AE", "middle_east"],
  ["us-east-1a", "US", "north_america"],
  ["US East (N. Virginia)", "US", "north_america"],
  ["EU (Frankfurt)", "DE", "europe"],
  ["Asia Pacific (Tokyo)", "JP", "asia"],
  ["South America (Sao Paulo)", "BR", "south_america"],
  // GCP regions and zones
  ["us-central1", "US", "north_america"],
  ["us-central1-a", "US", "north_america"],
  ["europe-west4", "NL", "europe"],
  ["europe-west4-b", "NL", "europe"],
  ["asia-east1", "TW", "asia"],
  ["northamerica-northeast1", "CA", "north_america"],
  ["me-west1", "IL", "middle_east"],
  // Azure names and display names
  ["eastus", "US", "north_america"],
  ["westeurope", "NL", "europe"],
  ["West Europe", "NL", "europe"],
  ["uksouth", "GB", "europe"],
  ["southeastasia", "SG", "asia"],
  ["US East", "US", "north_america"],
  ["US West 3", "US", "north_america"],
  // OCI
  ["us-ashburn-1", "US", "north_america"],
  ["eu-frankfurt-1", "DE", "europe"],
  ["uk-london-1", "GB", "europe"],
  ["ap-tokyo-1", "JP", "asia"],
  ["sa-saopaulo-1", "BR", "south_america"],
  ["eu-stockholm-1", "SE", "europe"],
  // Scaleway zones
  ["fr-par-2", "FR", "europe"],
  ["nl-ams-1", "NL", "europe"],
  ["pl-waw-2", "PL", "europe"],
  // OVH
  ["GRA11", "FR", "europe"],
  ["GRA", "FR", "europe"],
  ["BHS5", "CA", "north_america"],
  ["SBG5", "FR", "europe"],
  ["WAW1", "PL", "europe"],
  ["DE1", "DE", "europe"],
  ["UK1", "GB", "europe"],
  ["EU-WEST-PAR", "FR", "europe"],
  // RunPod / Hyperstack / Verda / FluidStack / JarvisLabs / Cudo / DigitalOcean / Paperspace
  ["US-KS-2", "US", "north_america"],
  ["EU-RO-1", "RO", "europe"],
  ["EU-SE-1", "SE", "europe"],
  ["CA-MTL-1", "CA", "north_america"],
  ["OC-AU-1", "AU", "oceania"],
  ["CANADA-1", "CA", "north_america"],
  ["NORWAY-1", "NO", "europe"],
  ["US-1", "US", "north_america"],
  ["FIN-01", "FI", "europe"],
  ["ICE-01", "IS", "europe"],
  ["FINLAND", "FI", "europe"],
  ["india-noida-01", "IN", "asia"],
  ["IN1", "IN", "asia"],
  ["no-kristiansand-1", "NO", "europe"],
  ["us-carlsbad-1", "US", "north_america"],
  ["tor1", "CA", "north_america"],
  ["nyc3", "US", "north_america"],
  ["East Coast (NY2)", "US", "north_america"],
  ["West Coast (CA1)", "US", "north_america"],
  // Nebius and Lambda
  ["eu-north1", "FI", "europe"],
  ["eu-west1", "FR", "europe"],
  ["europe-central-1", "DE", "europe"],
  ["us-south-2", "US", "north_america"],
  ["asia-northeast-2", "KR", "asia"],
  ["Virginia, USA", "US", "north_america"],
  // Vast geolocations
  ["Texas, US", "US", "north_america"],
  ["Norway, NO", "NO", "europe"],
  ["Quebec, CA", "CA", "north_america"],
  ["Bulgaria, BG", "BG", "europe"],
  [", US", "US", "north_america"],
  // plain names and codes
  ["Germany", "DE", "europe"],
  ["United States", "US", "north_america"],
  ["DE", "DE", "europe"],
  ["us", "US", "north_america"],
  ["South Korea", "KR", "asia"],
  // continent only, and unknown
  ["europe-01", null, "europe"],
  ["Mars", null, null],
  ["xx-yy-1", null, null],
  ["sa-unknowncity-1", null, null],
  ["Americas", null, null],
];

describe("regionInfo", () => {
  it.each(cases)("%s → %s / %s", (region, country, continent) => {
    expect(regionInfo(region)).toEqual({ country, continent });
  });

  it("returns the same (frozen) answer on repeated lookups", () => {
    const first = regionInfo("GRA11");
    expect(regionInfo("GRA11")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("continentOfCountry", () => {
  it("maps ISO alpha-2 codes case-insensitively and never guesses", () => {
    expect(continentOfCountry("US")).toBe("north_america");
    expect(continentOfCountry("il")).toBe("middle_east");
    expect(continentOfCountry("NZ")).toBe("oceania");
    expect(continentOfCountry("GB")).toBe("europe");
    expect(continentOfCountry("ZZ")).toBeNull();
  });
});

describe("region words that are Object.prototype members", () => {
  it("stay unknown instead of crashing", () => {
    for (const w of ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"]) {
      expect(regionInfo(w)).toEqual({ country: null, continent: null });
    }
  });
});
