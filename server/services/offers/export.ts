import { stringify } from "csv-stringify";
import { and, asc, gt, lte } from "drizzle-orm";
import { gpuOffers } from "@/drizzle/schema";
import type { OfferFilters } from "@/lib/marketplace/filters";
import type { Executor } from "@/server/db";
import { offerConditions } from "./conditions";
import { type OfferDto, toOfferDto } from "./dto";
import { offersBase } from "./list";

const BATCH = 1000;

/**
 * Every offer matching the filters, in id order, fetched with keyset pagination (id > cursor)
 * so memory stays flat and concurrent inserts never duplicate or skip a row already passed.
 */
export async function* iterateOffers(
  db: Executor,
  filters: OfferFilters,
  asOf = new Date(),
): AsyncGenerator<OfferDto> {
  let cursor: string | null = null;
  for (;;) {
    const where = and(
      offerConditions(filters),
      lte(gpuOffers.createdAt, asOf),
      cursor ? gt(gpuOffers.id, cursor) : undefined,
    );
    const rows = await offersBase(db).where(where).orderBy(asc(gpuOffers.id)).limit(BATCH);
    for (const row of rows) yield toOfferDto(row, asOf.getTime());
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    cursor = last.id;
  }
}

export const csvColumns = [
  "id",
  "provider",
  "gpu_model",
  "gpu_type",
  "gpu_count",
  "vram_per_gpu_gb",
  "total_vram_gb",
  "price_per_hour",
  "price_per_gpu_hour",
  "spot_price_per_hour",
  "currency",
  "region",
  "country",
  "market",
  "availability_status",
  "instance_type",
  "cpu_cores",
  "ram_gb",
  "cost_per_1m_tokens_7b",
  "source",
  "observed_at",
  "stale",
] as const;

function csvRecord(o: OfferDto): Record<(typeof csvColumns)[number], string | number | boolean | null> {
  return {
    id: o.id,
    provider: o.provider,
    gpu_model: o.gpu_model,
    gpu_type: o.gpu_type,
    gpu_count: o.gpu_count,
    vram_per_gpu_gb: o.vram_per_gpu_gb,
    total_vram_gb: o.total_vram_gb,
    price_per_hour: o.price_per_hour,
    price_per_gpu_hour: o.price_per_gpu_hour,
    spot_price_per_hour: o.spot_price_per_hour,
    currency: o.currency,
    region: o.region,
    country: o.country,
    market: o.market,
    availability_status: o.availability_status,
    instance_type: o.instance_type,
    cpu_cores: o.cpu_cores,
    ram_gb: o.ram_gb,
    cost_per_1m_tokens_7b: o.kpis.cost_per_1m_tokens_7b,
    source: o.provenance.source,
    observed_at: o.provenance.observed_at,
    stale: o.provenance.stale,
  };
}

/** CSV (csv-stringify, RFC 4180 quoting) as a web ReadableStream. */
export function offersCsvStream(db: Executor, filters: OfferFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = iterateOffers(db, filters);
  const stringifier = stringify({ header: true, columns: [...csvColumns] });
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      stringifier.on("data", (chunk: Buffer | string) =>
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : new Uint8Array(chunk)),
      );
      stringifier.on("error", (e) => controller.error(e));
      stringifier.on("end", () => controller.close());
      try {
        for await (const offer of source) {
          if (!stringifier.write(csvRecord(offer))) await new Promise((r) => stringifier.once("drain", r));
        }
        stringifier.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

/** JSON `{ "items": [...] }` streamed offer by offer. */
export function offersJsonStream(db: Executor, filters: OfferFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = iterateOffers(db, filters);
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('{"items":['));
    },
    async pull(controller) {
      const next = await source.next();
      if (next.done) {
        controller.enqueue(encoder.encode("]}"));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`${first ? "" : ","}${JSON.stringify(next.value)}`));
      first = false;
    },
  });
}
