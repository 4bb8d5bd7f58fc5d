import type { CompareOffer } from "@/app/_hooks/use-compare-offers";
import { availabilityLabels, formatNumber, formatPrice, gpuLabel } from "@/app/_lib/format";

const rows: { label: string; value: (o: CompareOffer) => string }[] = [
  { label: "GPU", value: (o) => `${gpuLabel(o)}${o.gpu_count > 1 ? ` ×${o.gpu_count}` : ""}` },
  { label: "Provider", value: (o) => o.provider_name },
  { label: "$/GPU-hour", value: (o) => formatPrice(o.price_per_gpu_hour) },
  { label: "$/hour", value: (o) => formatPrice(o.price_per_hour) },
  {
    label: "FP16 TFLOPS per GPU",
    value: (o) => (o.tflops_per_gpu === null ? "no benchmark" : formatNumber(o.tflops_per_gpu, 1)),
  },
  { label: "VRAM per GPU", value: (o) => (o.vram_per_gpu_gb === null ? "—" : `${o.vram_per_gpu_gb} GB`) },
  { label: "Availability", value: (o) => availabilityLabels[o.availability_status] ?? o.availability_status },
  {
    label: "Reliability",
    value: (o) => (o.reliability === null ? "not published" : `${(o.reliability * 100).toFixed(1)}%`),
  },
  { label: "Compliance", value: (o) => (o.compliance_tags.length > 0 ? o.compliance_tags.join(", ") : "—") },
  { label: "Source", value: (o) => o.provenance.source },
];

/** The criteria inputs side by side, one column per offer. */
export function CompareFacts({ offers }: { offers: CompareOffer[] }) {
  return (
    <div className="table-wrap">
      <table data-testid="compare-facts">
        <caption className="visually-hidden">Offers side by side</caption>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            {offers.map((o) => (
              <th scope="col" key={o.id}>
                {o.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {offers.map((o) => (
                <td key={o.id}>{r.value(o)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
