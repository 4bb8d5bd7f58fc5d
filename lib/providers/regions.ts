/**
 * Provider region string → ISO 3166-1 alpha-2 country and continent. Covers the forms providers use
 * (reference/providers.md; fixtures): cloud region codes (AWS, GCP, Azure, OCI, Nebius, Lambda),
 * zones (GCP "us-central1-a", AWS "us-east-1a", Scaleway "fr-par-2"), site codes (OVH "GRA11",
 * DigitalOcean "tor1", Verda "FIN-01"), RunPod/Hyperstack ids ("EU-SE-1", "US-KS-2", "CANADA-1"),
 * Vast geolocations ("Texas, US") and plain country names or codes. Region code tables follow the
 * providers' public region lists: AWS https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html,
 * GCP https://cloud.google.com/compute/docs/regions-zones, Azure https://learn.microsoft.com/azure/reliability/regions-list,
 * OCI https://docs.oracle.com/iaas/Content/General/Concepts/regions.htm, Lambda https://docs.lambda.ai/public-cloud/on-demand/
 * (its API also describes each region, e.g. us-east-1 "Virginia, USA"), Nebius https://docs.nebius.com/overview/regions.
 * Anything not recognised is null — never guessed. Pure data plus a memoized lookup; the file is
 * long only because of its tables (one entry per line as formatted), the logic is ~60 lines.
 */

import { lookup as ownEntry } from "@/lib/gpu/lookup";
import type { Continent } from "./types";

export interface RegionInfo {
  country: string | null;
  continent: Continent | null;
}

/** ISO alpha-2 → continent and lower-case names. TR is listed under Europe as cloud catalogs do. */
const countries: Readonly<Record<string, readonly [Continent, ...string[]]>> = {
  US: ["north_america", "united states", "united states of america", "usa"],
  CA: ["north_america", "canada"],
  MX: ["north_america", "mexico"],
  BR: ["south_america", "brazil"],
  CL: ["south_america", "chile"],
  CO: ["south_america", "colombia"],
  AR: ["south_america", "argentina"],
  PE: ["south_america", "peru"],
  GB: ["europe", "united kingdom", "great britain", "england", "scotland", "wales"],
  IE: ["europe", "ireland"],
  FR: ["europe", "france"],
  DE: ["europe", "germany"],
  NL: ["europe", "netherlands", "the netherlands", "holland"],
  BE: ["europe", "belgium"],
  LU: ["europe", "luxembourg"],
  CH: ["europe", "switzerland"],
  AT: ["europe", "austria"],
  IT: ["europe", "italy"],
  ES: ["europe", "spain"],
  PT: ["europe", "portugal"],
  PL: ["europe", "poland"],
  CZ: ["europe", "czechia", "czech republic"],
  SK: ["europe", "slovakia"],
  HU: ["europe", "hungary"],
  RO: ["europe", "romania"],
  BG: ["europe", "bulgaria"],
  GR: ["europe", "greece"],
  SE: ["europe", "sweden"],
  NO: ["europe", "norway"],
  FI: ["europe", "finland"],
  DK: ["europe", "denmark"],
  IS: ["europe", "iceland"],
  EE: ["europe", "estonia"],
  LV: ["europe", "latvia"],
  LT: ["europe", "lithuania"],
  SI: ["europe", "slovenia"],
  HR: ["europe", "croatia"],
  RS: ["europe", "serbia"],
  UA: ["europe", "ukraine"],
  MD: ["europe", "moldova"],
  RU: ["europe", "russia"],
  TR: ["europe", "turkey", "turkiye"],
  JP: ["asia", "japan"],
  KR: ["asia", "south korea", "korea"],
  CN: ["asia", "china"],
  HK: ["asia", "hong kong"],
  TW: ["asia", "taiwan"],
  SG: ["asia", "singapore"],
  IN: ["asia", "india"],
  ID: ["asia", "indonesia"],
  MY: ["asia", "malaysia"],
  TH: ["asia", "thailand"],
  VN: ["asia", "vietnam", "viet nam"],
  PH: ["asia", "philippines"],
  KZ: ["asia", "kazakhstan"],
  AU: ["oceania", "australia"],
  NZ: ["oceania", "new zealand"],
  ZA: ["africa", "south africa"],
  NG: ["africa", "nigeria"],
  KE: ["africa", "kenya"],
  EG: ["africa", "egypt"],
  MA: ["africa", "morocco"],
  IL: ["middle_east", "israel"],
  AE: ["middle_east", "united arab emirates", "uae"],
  SA: ["middle_east", "saudi arabia"],
  QA: ["middle_east", "qatar"],
  BH: ["middle_east", "bahrain"],
  KW: ["middle_east", "kuwait"],
  OM: ["middle_east", "oman"],
};

/** Cities and metro names seen in region ids and descriptions (OCI, Cudo, JarvisLabs, AWS display names). */
const cities: Readonly<Record<string, string>> = {
  ashburn: "US",
  phoenix: "US",
  "san jose": "US",
  sanjose: "US",
  chicago: "US",
  dallas: "US",
  carlsbad: "US",
  "new york": "US",
  seattle: "US",
  portland: "US",
  atlanta: "US",
  miami: "US",
  "los angeles": "US",
  "salt lake city": "US",
  "kansas city": "US",
  toronto: "CA",
  montreal: "CA",
  vancouver: "CA",
  frankfurt: "DE",
  berlin: "DE",
  munich: "DE",
  amsterdam: "NL",
  zurich: "CH",
  madrid: "ES",
  marseille: "FR",
  paris: "FR",
  milan: "IT",
  stockholm: "SE",
  london: "GB",
  cardiff: "GB",
  manchester: "GB",
  dublin: "IE",
  brussels: "BE",
  vienna: "AT",
  warsaw: "PL",
  prague: "CZ",
  helsinki: "FI",
  oslo: "NO",
  kristiansand: "NO",
  reykjavik: "IS",
  keflavik: "IS",
  copenhagen: "DK",
  lisbon: "PT",
  bucharest: "RO",
  sofia: "BG",
  tallinn: "EE",
  gravelines: "FR",
  roubaix: "FR",
  strasbourg: "FR",
  beauharnois: "CA",
  tokyo: "JP",
  osaka: "JP",
  seoul: "KR",
  chuncheon: "KR",
  mumbai: "IN",
  hyderabad: "IN",
  chennai: "IN",
  noida: "IN",
  delhi: "IN",
  bangalore: "IN",
  taipei: "TW",
  jakarta: "ID",
  "kuala lumpur": "MY",
  bangkok: "TH",
  sydney: "AU",
  melbourne: "AU",
  auckland: "NZ",
  "sao paulo": "BR",
  saopaulo: "BR",
  vinhedo: "BR",
  santiago: "CL",
  valparaiso: "CL",
  bogota: "CO",
  queretaro: "MX",
  monterrey: "MX",
  jeddah: "SA",
  riyadh: "SA",
  dubai: "AE",
  "abu dhabi": "AE",
  abudhabi: "AE",
  jerusalem: "IL",
  "tel aviv": "IL",
  johannesburg: "ZA",
  "cape town": "ZA",
};

/**
 * Site codes: the letters of ids like OVH "GRA11"/"BHS5"/"WAW1", DigitalOcean "tor1"/"nyc3",
 * Verda "FIN-01"/"ICE-01", RunPod "CA-MTL-1". Two-letter ISO codes are handled separately.
 */
const siteCodes: Readonly<Record<string, string>> = {
  gra: "FR",
  sbg: "FR",
  rbx: "FR",
  par: "FR",
  bhs: "CA",
  tor: "CA",
  mtl: "CA",
  waw: "PL",
  lim: "DE",
  fra: "DE",
  eri: "GB",
  lon: "GB",
  vin: "US",
  hil: "US",
  nyc: "US",
  sfo: "US",
  atl: "US",
  ams: "NL",
  sgp: "SG",
  syd: "AU",
  blr: "IN",
  mum: "IN",
  mil: "IT",
  fin: "FI",
  ice: "IS",
};

/** Full region ids whose country is not spelled in the id (AWS/GCP/Azure/Lambda/Nebius/Paperspace). */
const regionCodes: Readonly<Record<string, string>> = {
  // AWS
  "us-east-1": "US",
  "us-east-2": "US",
  "us-west-1": "US",
  "us-west-2": "US",
  "us-gov-east-1": "US",
  "us-gov-west-1": "US",
  "ca-central-1": "CA",
  "ca-west-1": "CA",
  "mx-central-1": "MX",
  "sa-east-1": "BR",
  "eu-west-1": "IE",
  "eu-west-2": "GB",
  "eu-west-3": "FR",
  "eu-central-1": "DE",
  "eu-central-2": "CH",
  "eu-north-1": "SE",
  "eu-south-1": "IT",
  "eu-south-2": "ES",
  "ap-northeast-1": "JP",
  "ap-northeast-2": "KR",
  "ap-northeast-3": "JP",
  "ap-southeast-1": "SG",
  "ap-southeast-2": "AU",
  "ap-southeast-3": "ID",
  "ap-southeast-4": "AU",
  "ap-southeast-5": "MY",
  "ap-southeast-7": "TH",
  "ap-south-1": "IN",
  "ap-south-2": "IN",
  "ap-east-1": "HK",
  "me-south-1": "BH",
  "me-central-1": "AE",
  "il-central-1": "IL",
  "af-south-1": "ZA",
  "cn-north-1": "CN",
  "cn-northwest-1": "CN",
  // GCP
  "us-central1": "US",
  "us-east1": "US",
  "us-east4": "US",
  "us-east5": "US",
  "us-south1": "US",
  "us-west1": "US",
  "us-west2": "US",
  "us-west3": "US",
  "us-west4": "US",
  "northamerica-northeast1": "CA",
  "northamerica-northeast2": "CA",
  "northamerica-south1": "MX",
  "southamerica-east1": "BR",
  "southamerica-west1": "CL",
  "europe-west1": "BE",
  "europe-west2": "GB",
  "europe-west3": "DE",
  "europe-west4": "NL",
  "europe-west6": "CH",
  "europe-west8": "IT",
  "europe-west9": "FR",
  "europe-west10": "DE",
  "europe-west12": "IT",
  "europe-central2": "PL",
  "europe-north1": "FI",
  "europe-north2": "SE",
  "europe-southwest1": "ES",
  "asia-east1": "TW",
  "asia-east2": "HK",
  "asia-northeast1": "JP",
  "asia-northeast2": "JP",
  "asia-northeast3": "KR",
  "asia-south1": "IN",
  "asia-south2": "IN",
  "asia-southeast1": "SG",
  "asia-southeast2": "ID",
  "australia-southeast1": "AU",
  "australia-southeast2": "AU",
  "me-west1": "IL",
  "me-central1": "QA",
  "me-central2": "SA",
  "africa-south1": "ZA",
  // Nebius (eu-north1 Finland, eu-west1 Paris; us-central1/me-west1 as GCP above)
  "eu-north1": "FI",
  "eu-west1": "FR",
  // Lambda (region descriptions from its instance-types API)
  "europe-central-1": "DE",
  "asia-south-1": "IN",
  "asia-northeast-1": "JP",
  "asia-northeast-2": "KR",
  "me-west-1": "IL",
  // Azure (armRegionName; display names like "West Europe" compact to the same key)
  eastus: "US",
  eastus2: "US",
  westus: "US",
  westus2: "US",
  westus3: "US",
  centralus: "US",
  northcentralus: "US",
  southcentralus: "US",
  westcentralus: "US",
  canadacentral: "CA",
  canadaeast: "CA",
  mexicocentral: "MX",
  brazilsouth: "BR",
  northeurope: "IE",
  westeurope: "NL",
  uksouth: "GB",
  ukwest: "GB",
  francecentral: "FR",
  francesouth: "FR",
  germanywestcentral: "DE",
  germanynorth: "DE",
  switzerlandnorth: "CH",
  switzerlandwest: "CH",
  norwayeast: "NO",
  norwaywest: "NO",
  swedencentral: "SE",
  polandcentral: "PL",
  italynorth: "IT",
  spaincentral: "ES",
  eastasia: "HK",
  southeastasia: "SG",
  japaneast: "JP",
  japanwest: "JP",
  koreacentral: "KR",
  koreasouth: "KR",
  centralindia: "IN",
  southindia: "IN",
  westindia: "IN",
  australiaeast: "AU",
  australiasoutheast: "AU",
  australiacentral: "AU",
  newzealandnorth: "NZ",
  uaenorth: "AE",
  uaecentral: "AE",
  qatarcentral: "QA",
  israelcentral: "IL",
  southafricanorth: "ZA",
  southafricawest: "ZA",
  // OVH 3-AZ regions
  "eu-west-par": "FR",
  "eu-south-mil": "IT",
  // Paperspace (CA1 = California, not Canada)
  "east coast (ny2)": "US",
  "west coast (ca1)": "US",
  "europe (ams1)": "NL",
  ny2: "US",
  ca1: "US",
  ams1: "NL",
};

/** Region words that name only a continent (JarvisLabs "europe-01", AWS display "Europe (…)"). */
const continentWords: Readonly<Record<string, Continent>> = {
  europe: "europe",
  eu: "europe",
  asia: "asia",
  africa: "africa",
  oceania: "oceania",
  "north america": "north_america",
  northamerica: "north_america",
  "south america": "south_america",
  southamerica: "south_america",
  "middle east": "middle_east",
};

const namesToCountry = new Map<string, string>(Object.entries(cities));
for (const [code, [, ...names]] of Object.entries(countries))
  for (const n of names) namesToCountry.set(n, code);

/** macro prefixes of ids like RunPod "EU-SE-1", "AP-JP-1", "OC-AU-1", "SEA-SG-1" */
const macroPrefixed = /^(?:eu|ap|oc|sea|as|af|sa|me)-([a-z]{2})-\d+$/;
/** leading "sa-" / "me-" in cloud ids mean South America / Middle East, not Saudi Arabia / Montenegro */
const macroPrefixes: ReadonlySet<string> = new Set(["eu", "ap", "oc", "as", "af", "sa", "me"]);
const gcpZone = /^([a-z]+-[a-z]+\d+)-[a-z]$/;
const awsZone = /^([a-z]{2}-[a-z]+-\d)[a-z]$/;

function fromCode(code: string | undefined): RegionInfo | null {
  if (code === undefined) return null;
  const upper = code === "uk" ? "GB" : code.toUpperCase();
  const entry = ownEntry(countries, upper);
  return entry === undefined ? null : { country: upper, continent: entry[0] };
}

function byName(words: readonly string[]): RegionInfo | null {
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const gram = words.slice(i, i + size);
      const code = namesToCountry.get(gram.join(" ")) ?? namesToCountry.get(gram.join(""));
      if (code !== undefined) return fromCode(code);
    }
  }
  return null;
}

function lookup(region: string): RegionInfo {
  const text = region.trim().toLowerCase();
  const zone = gcpZone.exec(text)?.[1] ?? awsZone.exec(text)?.[1];
  const exact =
    fromCode(ownEntry(regionCodes, text)) ??
    fromCode(ownEntry(regionCodes, text.replace(/[^a-z0-9]/g, ""))) ??
    fromCode(zone === undefined ? undefined : ownEntry(regionCodes, zone));
  if (exact !== null) return exact;
  const vast = /,\s*([a-z]{2})$/.exec(text);
  const words = text.split(/[^a-z0-9]+/).filter((w) => w !== "");
  const first = (words[0] ?? "").replace(/\d+$/, "");
  const found =
    fromCode(vast?.[1]) ??
    fromCode(macroPrefixed.exec(text)?.[1]) ??
    byName(words) ??
    (first.length === 2 && !macroPrefixes.has(first) ? fromCode(first) : null) ??
    fromCode(ownEntry(siteCodes, first));
  if (found !== null) return found;
  const continent =
    ownEntry(continentWords, words.slice(0, 2).join(" ")) ?? ownEntry(continentWords, first) ?? null;
  return { country: null, continent };
}

const cache = new Map<string, RegionInfo>();
const MAX_CACHE_ENTRIES = 10_000;

/** Country (ISO alpha-2) and continent of a provider region string; null fields when unknown. */
export function regionInfo(region: string): RegionInfo {
  const cached = cache.get(region);
  if (cached !== undefined) return cached;
  const info = Object.freeze(lookup(region));
  if (cache.size >= MAX_CACHE_ENTRIES) cache.clear();
  cache.set(region, info);
  return info;
}

/** Continent of an ISO alpha-2 country code (case-insensitive), or null when not in the table. */
export function continentOfCountry(country: string): Continent | null {
  return fromCode(country.toLowerCase())?.continent ?? null;
}
