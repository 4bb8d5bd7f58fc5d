import { availabilityLabels, formatNumber } from "@/app/_lib/format";
import type { OfferDto } from "@/server/services/offers/dto";

const gb = (v: number | null) => (v === null ? "—" : `${formatNumber(v)} GB`);

/** Every published spec of the offer; "—" where the provider does not say. */
export function OfferSpecs({ offer }: { offer: OfferDto }) {
  const specs: [string, string][] = [
    ["GPU (provider's name)", offer.gpu_type],
    ["Canonical model", offer.gpu_model ?? "not in the reference table"],
    ["GPUs", String(offer.gpu_count)],
    ["VRAM per GPU", gb(offer.vram_per_gpu_gb)],
    ["Total VRAM", gb(offer.total_vram_gb)],
    ["Form factor", offer.form_factor ?? "—"],
    ["Interconnect", offer.interconnect ?? "—"],
    ["vCPUs", formatNumber(offer.cpu_cores)],
    ["RAM", gb(offer.ram_gb)],
    ["Storage", gb(offer.storage_gb)],
    ["Region", `${offer.region}${offer.continent ? ` · ${offer.continent.replace(/_/g, " ")}` : ""}`],
    [
      "Availability",
      `${availabilityLabels[offer.availability_status] ?? offer.availability_status}${
        offer.available_count !== null ? ` (${offer.available_count} free)` : ""
      }`,
    ],
    [
      "Reliability",
      offer.reliability === null ? "not published" : `${(offer.reliability * 100).toFixed(1)}%`,
    ],
    ["Compliance", offer.compliance_tags.length > 0 ? offer.compliance_tags.join(", ") : "none listed"],
    [
      "List price",
      `${offer.list_price_per_hour.toFixed(4)} ${offer.list_currency}/h${offer.list_currency !== "USD" ? " (converted to USD)" : ""}`,
    ],
  ];
  return (
    <section className="panel" aria-labelledby="offer-specs-heading">
      <h2 id="offer-specs-heading" className="section-title">
        Specs
      </h2>
      <dl className="fact-list" data-testid="offer-specs">
        {specs.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
