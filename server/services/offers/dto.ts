import { costPer1kImages, costPer1MTokens, costPerGflop } from "@/lib/math/kpi/unit-costs";
import { fromMoney } from "@/server/services/money";

/** The columns every offer query selects (explicitly: never whole rows). */
export interface OfferRow {
  id: string;
  provider: string;
  providerName: string;
  instanceType: string;
  gpuType: string;
  gpuModel: string | null;
  gpuIdentity: string;
  gpuCount: number;
  vramPerGpuGb: number | null;
  gpuMemoryGb: number;
  formFactor: string | null;
  interconnect: string | null;
  cpuCores: number | null;
  ramGb: number | null;
  storageGb: number | null;
  pricePerHour: string;
  pricePerGpuHour: string;
  spotPricePerHour: string | null;
  listPricePerHour: string;
  listCurrency: string;
  region: string;
  country: string | null;
  continent: string | null;
  market: string;
  availabilityStatus: string;
  availableCount: number | null;
  complianceTags: string[];
  reliability: string | null;
  source: string;
  observedAt: Date;
  stale: boolean;
  ttlS: number;
  tps7b: string | null;
  tps70b: string | null;
  tflopsFp16: string | null;
  tflopsFp32: string | null;
  imagesPerMinute: string | null;
}

export interface OfferKpis {
  /** single-stream decode, one model copy per GPU (benchmark basis: llama.cpp 4-bit) */
  cost_per_1m_tokens_7b: number | null;
  cost_per_1m_tokens_70b: number | null;
  /** at peak dense FP16 tensor throughput (utilization 1) */
  cost_per_gflop: number | null;
  cost_per_1k_images: number | null;
  basis: string;
}

export interface OfferDto {
  id: string;
  provider: string;
  provider_name: string;
  instance_type: string;
  gpu_type: string;
  gpu_model: string | null;
  gpu_identity: string;
  gpu_count: number;
  vram_per_gpu_gb: number | null;
  total_vram_gb: number;
  form_factor: string | null;
  interconnect: string | null;
  cpu_cores: number | null;
  ram_gb: number | null;
  storage_gb: number | null;
  price_per_hour: number;
  price_per_gpu_hour: number;
  spot_price_per_hour: number | null;
  currency: "USD";
  list_price_per_hour: number;
  list_currency: string;
  region: string;
  country: string | null;
  continent: string | null;
  market: string;
  availability_status: string;
  available_count: number | null;
  compliance_tags: string[];
  reliability: number | null;
  kpis: OfferKpis;
  provenance: { source: string; observed_at: string; stale: boolean; age_s: number };
}

const positive = (v: string | null): number | null => {
  const n = v === null ? null : Number(v);
  return n !== null && Number.isFinite(n) && n > 0 ? n : null;
};

/** Peak dense TFLOPS of one GPU: FP16 tensor where published, else FP32; null when unknown. */
export function tflopsPerGpu(row: Pick<OfferRow, "tflopsFp16" | "tflopsFp32">): number | null {
  return positive(row.tflopsFp16) ?? positive(row.tflopsFp32);
}

export function offerKpis(row: OfferRow): OfferKpis {
  const perGpu = Number(row.pricePerGpuHour);
  const tps7b = positive(row.tps7b);
  const tps70b = positive(row.tps70b);
  const tflops = tflopsPerGpu(row);
  const images = positive(row.imagesPerMinute);
  const ok = perGpu > 0;
  return {
    cost_per_1m_tokens_7b: ok && tps7b ? costPer1MTokens(perGpu, tps7b) : null,
    cost_per_1m_tokens_70b: ok && tps70b ? costPer1MTokens(perGpu, tps70b) : null,
    cost_per_gflop: ok && tflops ? costPerGflop(perGpu, tflops) : null,
    cost_per_1k_images: ok && images ? costPer1kImages(perGpu, images) : null,
    basis:
      "per GPU-hour; measured single-stream tokens/s and images/min of the canonical GPU; peak dense FP16 TFLOPS",
  };
}

export function toOfferDto(row: OfferRow, now = Date.now()): OfferDto {
  return {
    id: row.id,
    provider: row.provider,
    provider_name: row.providerName,
    instance_type: row.instanceType,
    gpu_type: row.gpuType,
    gpu_model: row.gpuModel,
    gpu_identity: row.gpuIdentity,
    gpu_count: row.gpuCount,
    vram_per_gpu_gb: row.vramPerGpuGb,
    total_vram_gb: row.gpuMemoryGb,
    form_factor: row.formFactor,
    interconnect: row.interconnect,
    cpu_cores: row.cpuCores,
    ram_gb: row.ramGb,
    storage_gb: row.storageGb,
    price_per_hour: fromMoney(row.pricePerHour),
    price_per_gpu_hour: fromMoney(row.pricePerGpuHour),
    spot_price_per_hour: fromMoney(row.spotPricePerHour),
    currency: "USD",
    list_price_per_hour: fromMoney(row.listPricePerHour),
    list_currency: row.listCurrency,
    region: row.region,
    country: row.country,
    continent: row.continent,
    market: row.market,
    availability_status: row.availabilityStatus,
    available_count: row.availableCount,
    compliance_tags: row.complianceTags,
    reliability: row.reliability === null ? null : Number(row.reliability),
    kpis: offerKpis(row),
    provenance: {
      source: row.source,
      observed_at: row.observedAt.toISOString(),
      stale: row.stale,
      age_s: Math.max(0, Math.round((now - row.observedAt.getTime()) / 1000)),
    },
  };
}
