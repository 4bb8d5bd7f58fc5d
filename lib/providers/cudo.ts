import { z } from "zod";
import { decimalStringSchema, parsePayload } from "./parse-helpers";
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
 * Cudo Compute adapter.
 *
 * Source: shared/reference/providers.md §10 and §22, read from dstackai/gpuhunt
 * `providers/cudo.py` (git history; endpoint, price assembly, 100 GiB minimum disk) and skypilot
 * `sky/catalog/data_fetchers/fetch_cudo.py` + `sky/provision/cudo/cudo_utils.py` (GPU memory
 * table, per-GPU machine specs) and `cudo_wrapper.py` (CreateVMBody). REST paths of VM create /
 * terminate / auth from dstack's Cudo backend (`POST /v1/projects/{projectId}/vm`,
 * `POST /v1/projects/{projectId}/vms/{id}/terminate`, `GET /v1/auth`, Bearer API key).
 *
 * Cudo sells a machine type as components: prices are decimal strings per unit-hour and an instance
 * costs `gpus·gpuPriceHr + vcpus·vcpuPriceHr + GiB·memoryGibPriceHr + diskGiB·minStorageGibPriceHr
 * + ipv4PriceHr`. Configurations are chosen here (see `configurationFor`), one per power-of-two GPU
 * count up to `maxGpuFree` (the largest VM that fits on one host now; 0 ⇒ nothing free). The
 * endpoint omits zero/false fields (proto3 JSON: the V100 row has no `renewableEnergy`), so
 * missing counters read as 0. No spot market. Memory is GiB; it is reported as GB the way Cudo
 * markets it.
 */

const provider = "cudo";
const apiBaseUrl = "https://rest.compute.cudo.org/v1";

/** gpuhunt `MIN_DISK_SIZE`: the boot disk every offer includes. */
export const cudoBootDiskGib = 100;
/** skypilot machine_specs "Mid" tier: 12 vCPU and 24 GiB per GPU (vCPU : GiB = 1 : 2). */
const targetVcpusPerGpu = 12;
const targetMemoryGibPerVcpu = 2;
const gpuCountSteps = [1, 2, 4, 8] as const;
/** sc-crawler HOURS_PER_MONTH; storage is priced per GiB-hour. */
const hoursPerMonth = 730;
const gbPerGib = 1.073741824;
/** skypilot cudo_wrapper.launch boot image. */
const defaultBootImage = "ubuntu-2204-nvidia-535-docker-v20240214";

/** Per-GPU memory (GB) by Cudo `gpuModel`: skypilot cudo_utils `cudo_gpu_model` × `cudo_gpu_mem`. */
const vramGbByGpuModel: Readonly<Record<string, number>> = {
  "H100 NVL": 94,
  "H100 SXM": 80,
  "L40S (compute mode)": 48,
  "L40S (graphics mode)": 48,
  "A40 (compute mode)": 48,
  "A40 (graphics mode)": 48,
  "RTX A5000": 24,
  "RTX A6000": 48,
  "A100 80GB PCIe": 80,
  "A800 PCIe": 80,
  V100: 16,
};

/** `{value: "1.500000"}`; a zero price may arrive without `value`. */
const priceSchema = z.looseObject({ value: decimalStringSchema.optional() });
const counter = z.number().nonnegative().optional();

const machineTypeSchema = z.looseObject({
  dataCenterId: z.string().min(1),
  machineType: z.string().min(1),
  gpuModel: z.string().optional(),
  gpuModelId: z.string().optional(),
  minVcpuPerMemoryGib: counter,
  maxVcpuPerMemoryGib: counter,
  minVcpuPerGpu: counter,
  maxVcpuPerGpu: counter,
  vcpuPriceHr: priceSchema,
  memoryGibPriceHr: priceSchema,
  gpuPriceHr: priceSchema,
  minStorageGibPriceHr: priceSchema,
  ipv4PriceHr: priceSchema,
  maxVcpuFree: counter,
  totalVcpuFree: counter,
  maxMemoryGibFree: counter,
  totalMemoryGibFree: counter,
  maxGpuFree: counter,
  totalGpuFree: counter,
});
type MachineType = z.infer<typeof machineTypeSchema>;

const responseSchema = z.looseObject({ machineTypes: z.array(machineTypeSchema) });

interface Configuration {
  gpus: number;
  vcpus: number;
  memoryGib: number;
  available: boolean;
  availableCount: number;
}

function price(value: { value?: number | undefined }): number {
  return value.value ?? 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * The configuration offered for `gpus` GPUs: 12 vCPU per GPU within [minVcpuPerGpu, maxVcpuPerGpu],
 * 2 GiB per vCPU within the vCPU/GiB ratio bounds. It is available when it fits the largest free
 * host (`max*Free`); the count of such VMs is skypilot's `vm_available` (`total*Free` divided by
 * the configuration, minimum over GPU, vCPU and memory).
 */
function configurationFor(machine: MachineType, gpus: number): Configuration {
  const minVcpuPerGpu = machine.minVcpuPerGpu ?? 0;
  const maxVcpuPerGpu = machine.maxVcpuPerGpu || Number.POSITIVE_INFINITY;
  const vcpus = gpus * clamp(targetVcpusPerGpu, minVcpuPerGpu, maxVcpuPerGpu);
  const minRatio = machine.minVcpuPerMemoryGib ?? 0;
  const maxRatio = machine.maxVcpuPerMemoryGib || Number.POSITIVE_INFINITY;
  const memoryLow = vcpus / maxRatio;
  const memoryHigh = minRatio > 0 ? vcpus / minRatio : Number.POSITIVE_INFINITY;
  const memoryGib = Math.ceil(clamp(vcpus * targetMemoryGibPerVcpu, memoryLow, memoryHigh));
  const available =
    gpus <= (machine.maxGpuFree ?? 0) &&
    vcpus <= (machine.maxVcpuFree ?? 0) &&
    memoryGib <= (machine.maxMemoryGibFree ?? 0);
  const availableCount = available
    ? Math.min(
        Math.floor((machine.totalGpuFree ?? 0) / gpus),
        Math.floor((machine.totalVcpuFree ?? 0) / vcpus),
        Math.floor((machine.totalMemoryGibFree ?? 0) / memoryGib),
      )
    : 0;
  return { gpus, vcpus, memoryGib, available, availableCount };
}

/** GPU counts offered: 1, 2, 4, 8 up to `maxGpuFree`; a 1-GPU configuration when nothing is free. */
function gpuCounts(machine: MachineType): number[] {
  const maxFree = machine.maxGpuFree ?? 0;
  const counts = gpuCountSteps.filter((count) => count <= maxFree);
  return counts.length > 0 ? counts : [1];
}

/** Data centre ids start with the ISO country code ("no-kristiansand-1", "us-dallas-1"). */
function countryOfDataCenter(dataCenterId: string): string | null {
  const prefix = dataCenterId.split("-")[0] ?? "";
  if (prefix === "uk") return "GB";
  return /^[a-z]{2}$/.test(prefix) ? prefix.toUpperCase() : null;
}

function roundMoney(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function toOffer(machine: MachineType, gpuName: string, configuration: Configuration): RawOffer {
  const hourly =
    configuration.gpus * price(machine.gpuPriceHr) +
    configuration.vcpus * price(machine.vcpuPriceHr) +
    configuration.memoryGib * price(machine.memoryGibPriceHr) +
    cudoBootDiskGib * price(machine.minStorageGibPriceHr) +
    price(machine.ipv4PriceHr);
  const shape = `${configuration.gpus}x${configuration.vcpus}v${configuration.memoryGib}gb`;
  return {
    provider,
    externalId: `${machine.dataCenterId}/${machine.machineType}/${shape}`,
    instanceType: machine.machineType,
    gpuName,
    gpuCount: configuration.gpus,
    vramPerGpuGb: vramGbByGpuModel[gpuName] ?? null,
    cpuCores: configuration.vcpus,
    ramGb: configuration.memoryGib,
    storageGb: cudoBootDiskGib,
    pricePerHour: roundMoney(hourly),
    spotPricePerHour: null,
    currency: "USD",
    region: machine.dataCenterId,
    country: countryOfDataCenter(machine.dataCenterId),
    market: "on_demand",
    availability: configuration.available ? "available" : "sold_out",
    availableCount: configuration.availableCount,
    interconnect: null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: roundMoney((price(machine.minStorageGibPriceHr) * hoursPerMonth) / gbPerGib),
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
}

function parseMachineTypes(body: unknown, result: ParseResult): void {
  const { machineTypes } = parsePayload(responseSchema, body, provider, "vms/machine-types");
  for (const machine of machineTypes) {
    const id = `${machine.dataCenterId}/${machine.machineType}`;
    const gpuName = machine.gpuModel ?? "";
    if (gpuName === "" || !machine.gpuModelId) {
      result.skipped.push({ id, reason: "CPU-only machine type" });
      continue;
    }
    if (price(machine.gpuPriceHr) <= 0) {
      result.skipped.push({ id, reason: "no GPU price" });
      continue;
    }
    for (const gpus of gpuCounts(machine)) {
      result.offers.push(toOffer(machine, gpuName, configurationFor(machine, gpus)));
    }
  }
}

/** gpuhunt called the listing without auth; an API key, when configured, is sent as Bearer. */
function headers(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  return apiKey
    ? { Accept: "application/json", Authorization: `Bearer ${apiKey}` }
    : { Accept: "application/json" };
}

function authenticated(credentials: Credentials): Record<string, string> {
  if (!credentials.apiKey) throw new Error("cudo: credentials.apiKey is required");
  return headers(credentials);
}

function projectId(credentials: Credentials): string {
  const id = credentials.projectId;
  if (!id) throw new Error("cudo: credentials.projectId is required to book or terminate");
  return encodeURIComponent(id);
}

export const cudoAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Cudo Compute",
    apiBaseUrl,
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://docs.cudocompute.com/api",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [{ method: "GET", url: `${apiBaseUrl}/vms/machine-types`, headers: headers(credentials) }];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) parseMachineTypes(response.body, result);
    return result;
  },

  /** `GET /v1/auth` returns the key's user (dstack `validate_api_key`). */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${apiBaseUrl}/auth`, headers: authenticated(credentials) };
  },

  /** `POST /v1/projects/{projectId}/vm` with skypilot's CreateVMBody fields (camelCase on the wire). */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    if (offer.cpuCores === null || offer.ramGb === null) {
      throw new Error(`cudo: offer ${offer.externalId} has no vCPU/memory configuration`);
    }
    const sshKeys = options.sshPublicKey
      ? { sshKeySource: "SSH_KEY_SOURCE_NONE", customSshKeys: [options.sshPublicKey] }
      : {};
    return {
      method: "POST",
      url: `${apiBaseUrl}/projects/${projectId(credentials)}/vm`,
      headers: { ...authenticated(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        vmId: options.name,
        dataCenterId: offer.region,
        machineType: offer.instanceType,
        gpus: offer.gpuCount,
        vcpus: offer.cpuCores,
        memoryGib: offer.ramGb,
        bootDiskImageId: options.image ?? defaultBootImage,
        bootDisk: { storageClass: "STORAGE_CLASS_NETWORK", sizeGib: offer.storageGb ?? cudoBootDiskGib },
        ...sshKeys,
      }),
    };
  },

  /** `POST /v1/projects/{projectId}/vms/{id}/terminate`; Cudo's VM id is the `vmId` chosen at booking. */
  terminate(credentials: Credentials, providerInstanceId: string): ProviderRequest {
    return {
      method: "POST",
      url: `${apiBaseUrl}/projects/${projectId(credentials)}/vms/${encodeURIComponent(providerInstanceId)}/terminate`,
      headers: authenticated(credentials),
    };
  },
};
