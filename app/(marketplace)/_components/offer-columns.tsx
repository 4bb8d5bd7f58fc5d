import type { ReactNode } from "react";
import { CompareCheckbox } from "@/app/_components/compare-checkbox";
import { formatPrice, gpuLabel } from "@/app/_lib/format";
import type { SortField } from "@/lib/marketplace/filters";
import type { OfferDto } from "@/server/services/offers/dto";
import { AvailabilityBadge, GpuCell, marketText, SourceAge, TokenCost, vramText } from "./offer-cells";

export interface OfferColumn {
  id: string;
  header: string;
  /** the server-side sort this header toggles; absent = not sortable */
  sort?: SortField;
  numeric?: boolean;
  cell: (offer: OfferDto) => ReactNode;
}

export const offerColumns: readonly OfferColumn[] = [
  {
    id: "compare",
    header: "Compare",
    cell: (o) => <CompareCheckbox id={o.id} label={`${gpuLabel(o)} · ${o.provider}`} />,
  },
  { id: "gpu", header: "GPU", sort: "gpu_model", cell: (o) => <GpuCell offer={o} /> },
  { id: "count", header: "GPUs", sort: "gpu_count", numeric: true, cell: (o) => o.gpu_count },
  { id: "vram", header: "VRAM/GPU", sort: "vram_per_gpu_gb", numeric: true, cell: vramText },
  {
    id: "price",
    header: "$/h",
    sort: "price_per_hour",
    numeric: true,
    cell: (o) => <span data-testid="cell-price">{formatPrice(o.price_per_hour)}</span>,
  },
  {
    id: "gpu-price",
    header: "$/GPU-h",
    sort: "price_per_gpu_hour",
    numeric: true,
    cell: (o) => <span data-testid="cell-gpu-price">{formatPrice(o.price_per_gpu_hour)}</span>,
  },
  {
    id: "tokens",
    header: "$/1M tok 7B",
    sort: "cost_per_1m_tokens_7b",
    numeric: true,
    cell: (o) => <TokenCost offer={o} />,
  },
  {
    id: "provider",
    header: "Provider",
    sort: "provider",
    cell: (o) => <span data-testid="cell-provider">{o.provider_name}</span>,
  },
  { id: "region", header: "Region", sort: "region", cell: (o) => o.region },
  { id: "market", header: "Market", cell: (o) => marketText(o.market) },
  {
    id: "availability",
    header: "Availability",
    cell: (o) => <AvailabilityBadge status={o.availability_status} />,
  },
  { id: "source", header: "Source / age", sort: "observed_at", cell: (o) => <SourceAge offer={o} /> },
];
