import { z } from "zod";
import { parsePayload } from "./parse-helpers";
import type {
  BookOptions,
  Credentials,
  ParseResult,
  ProviderAdapter,
  ProviderRequest,
  ProviderResponse,
  RawOffer,
} from "./types";

/**
 * Paperspace (DigitalOcean) machines adapter.
 *
 * Source: shared/reference/providers.md §7: the only live endpoint is
 * `GET https://api.paperspace.com/v1/machine-availability?machineType=..&region=..` (Bearer) →
 * `{available: bool}`; Paperspace has NO pricing API. Prices therefore come from the dated static
 * table below and every offer is marked `source: "catalog"`; only availability is live.
 * Region names ("East Coast (NY2)") and machine creation (`POST /v1/machines` with name,
 * machineType, templateId, region, diskSize) follow DigitalOcean's Paperspace docs "Create a
 * machine with the API" and skypilot `sky/provision/paperspace/utils.py` (`API_ENDPOINT`, launch).
 */

const provider = "paperspace";
const apiBaseUrl = "https://api.paperspace.com/v1";

export interface PaperspaceCatalogRow {
  machineType: string;
  /** the catalog's accelerator name */
  gpuName: string;
  gpuCount: number;
  /** per GPU, only where the catalog name states it */
  vramPerGpuGb: number | null;
  vcpus: number;
  memoryGb: number;
  /** USD per hour for the whole machine */
  pricePerHour: number;
}

/**
 * Static price table: skypilot-org/skypilot-catalog `catalogs/v6/paperspace/vms.csv` at commit
 * e520054145d1bce6748bcf18c9a25ddd6ea9a348 (GPU rows, copied in shared/reference/
 * gpu-prices-snapshot.csv, providers.md §24). The source exposes no commit date; providers.md
 * bounds v6 files to ~2024 and notes some v6 prices are stale. Only region "East Coast (NY2)" is
 * priced there, so only NY2 is queried.
 */
export interface PaperspacePriceTable {
  source: string;
  pricesAsOf: string;
  region: string;
  country: string;
  rows: readonly PaperspaceCatalogRow[];
}

export const paperspacePriceTable: PaperspacePriceTable = {
  source:
    "skypilot-org/skypilot-catalog catalogs/v6/paperspace/vms.csv@e520054145d1bce6748bcf18c9a25ddd6ea9a348",
  pricesAsOf: "~2024 (skypilot-catalog v6; commit date not exposed)",
  region: "East Coast (NY2)",
  country: "US",
  rows: [
    {
      machineType: "H100",
      gpuName: "H100",
      gpuCount: 1,
      vramPerGpuGb: null,
      vcpus: 15,
      memoryGb: 80,
      pricePerHour: 5.95,
    },
    {
      machineType: "H100x8",
      gpuName: "H100",
      gpuCount: 8,
      vramPerGpuGb: null,
      vcpus: 128,
      memoryGb: 640,
      pricePerHour: 47.6,
    },
    {
      machineType: "A100-80G",
      gpuName: "A100-80GB",
      gpuCount: 1,
      vramPerGpuGb: 80,
      vcpus: 12,
      memoryGb: 80,
      pricePerHour: 3.18,
    },
    {
      machineType: "A100-80Gx8",
      gpuName: "A100-80GB",
      gpuCount: 8,
      vramPerGpuGb: 80,
      vcpus: 96,
      memoryGb: 640,
      pricePerHour: 25.44,
    },
    {
      machineType: "V100-32G",
      gpuName: "V100-32GB",
      gpuCount: 1,
      vramPerGpuGb: 32,
      vcpus: 8,
      memoryGb: 32,
      pricePerHour: 2.3,
    },
    {
      machineType: "V100-32Gx2",
      gpuName: "V100-32GB",
      gpuCount: 2,
      vramPerGpuGb: 32,
      vcpus: 16,
      memoryGb: 64,
      pricePerHour: 4.6,
    },
    {
      machineType: "V100-32Gx4",
      gpuName: "V100-32GB",
      gpuCount: 4,
      vramPerGpuGb: 32,
      vcpus: 32,
      memoryGb: 128,
      pricePerHour: 9.2,
    },
    {
      machineType: "V100",
      gpuName: "V100",
      gpuCount: 1,
      vramPerGpuGb: null,
      vcpus: 8,
      memoryGb: 32,
      pricePerHour: 2.29,
    },
    {
      machineType: "GPU+",
      gpuName: "M4000",
      gpuCount: 1,
      vramPerGpuGb: null,
      vcpus: 8,
      memoryGb: 32,
      pricePerHour: 0.45,
    },
    {
      machineType: "P4000",
      gpuName: "P4000",
      gpuCount: 1,
      vramPerGpuGb: null,
      vcpus: 8,
      memoryGb: 32,
      pricePerHour: 0.51,
    },
    {
      machineType: "P4000x2",
      gpuName: "P4000",
      gpuCount: 2,
      vramPerGpuGb: null,
      vcpus: 16,
      memoryGb: 64,
      pricePerHour: 1.02,
    },
    {
      machineType: "A4000",
      gpuName: "A4000",
      gpuCount: 1,
      vramPerGpuGb: null,
      vcpus: 8,
      memoryGb: 32,
      pricePerHour: 0.76,
    },
    {
      machineType: "A4000x2",
      gpuName: "A4000",
      gpuCount: 2,
      vramPerGpuGb: null,
      vcpus: 16,
      memoryGb: 92,
      pricePerHour: 1.52,
    },
    {
      machineType: "A4000x4",
      gpuName: "A4000",
      gpuCount: 4,
      vramPerGpuGb: null,
      vcpus: 32,
      memoryGb: 193,
      pricePerHour: 3.04,
    },
  ],
};

/** Smallest disk size skypilot offers for Paperspace machines (`constants.DISK_SIZES`), GB. */
export const paperspaceMinDiskGb = 100;

const availabilitySchema = z.looseObject({ available: z.boolean() });

function bearer(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  if (!apiKey) throw new Error("paperspace: credentials.apiKey is required");
  return { Authorization: `Bearer ${apiKey}`, Accept: "application/json" };
}

function availabilityUrl(machineType: string, region: string): string {
  return `${apiBaseUrl}/machine-availability?machineType=${encodeURIComponent(machineType)}&region=${encodeURIComponent(region)}`;
}

function toOffer(row: PaperspaceCatalogRow, region: string, available: boolean): RawOffer {
  return {
    provider,
    externalId: `${row.machineType}:${region}`,
    instanceType: row.machineType,
    gpuName: row.gpuName,
    gpuCount: row.gpuCount,
    vramPerGpuGb: row.vramPerGpuGb,
    cpuCores: row.vcpus,
    ramGb: row.memoryGb,
    storageGb: null,
    pricePerHour: row.pricePerHour,
    spotPricePerHour: null,
    currency: "USD",
    region,
    country: paperspacePriceTable.country,
    market: "on_demand",
    availability: available ? "available" : "sold_out",
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    // the price is the static table's, not the API's
    source: "catalog",
  };
}

export const paperspaceAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Paperspace",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["apiKey"],
    docsUrl: "https://docs.digitalocean.com/reference/paperspace/api-reference/",
  },

  /** One availability check per priced machine type. */
  buildRequests(credentials: Credentials): ProviderRequest[] {
    const headers = bearer(credentials);
    return paperspacePriceTable.rows.map((row) => ({
      method: "GET",
      url: availabilityUrl(row.machineType, paperspacePriceTable.region),
      headers,
    }));
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) {
      const url = new URL(response.request.url);
      const machineType = url.searchParams.get("machineType") ?? "";
      const region = url.searchParams.get("region") ?? "";
      const body = parsePayload(
        availabilitySchema,
        response.body,
        provider,
        `machine-availability ${machineType}`,
      );
      const row = paperspacePriceTable.rows.find((candidate) => candidate.machineType === machineType);
      if (!row || region !== paperspacePriceTable.region) {
        result.skipped.push({
          id: `${machineType}:${region}`,
          reason: "no catalog price for this machine type and region",
        });
        continue;
      }
      result.offers.push(toOffer(row, region, body.available));
    }
    return result;
  },

  /** Listing the account's machines needs a valid key. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${apiBaseUrl}/machines`, headers: bearer(credentials) };
  },

  /**
   * `POST /v1/machines`; `options.image` is the template id (Paperspace's OS image). SSH keys are
   * installed through startup scripts at Paperspace, which this single request does not create.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    if (!options.image) throw new Error("paperspace: options.image (a template id) is required");
    return {
      method: "POST",
      url: `${apiBaseUrl}/machines`,
      headers: { ...bearer(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        name: options.name,
        machineType: offer.instanceType,
        templateId: options.image,
        region: offer.region,
        diskSize: paperspaceMinDiskGb,
        publicIpType: "dynamic",
        startOnCreate: true,
      }),
    };
  },
};
