import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { NormalizedOffer } from "@/lib/providers/types";
import type { Transaction } from "@/server/db";
import { toMoney4, toMoney4OrNull } from "./money";

/**
 * Bulk upsert of offers as ONE parameter per column (`INSERT ... SELECT FROM unnest(...)`).
 * A row-per-VALUES insert of 50,000 offers × 39 columns costs seconds in query building alone;
 * column arrays keep the statement small and the cost in PostgreSQL, where it belongs.
 */
type Column = readonly [name: string, pgType: string, value: (o: NormalizedOffer) => unknown];

const columns: readonly Column[] = [
  ["external_id", "text", (o) => o.externalId],
  ["instance_type", "text", (o) => o.instanceType.slice(0, 255)],
  ["gpu_type", "text", (o) => o.gpuName.slice(0, 100)],
  ["gpu_model", "text", (o) => o.gpuModel],
  ["gpu_identity", "text", (o) => o.gpuIdentity],
  ["gpu_count", "float8", (o) => o.gpuCount],
  ["vram_per_gpu_gb", "float8", (o) => o.vramPerGpuGb],
  ["gpu_memory_gb", "int4", (o) => Math.round((o.vramPerGpuGb ?? 0) * o.gpuCount)],
  ["form_factor", "text", (o) => o.formFactor],
  ["interconnect", "text", (o) => o.interconnect],
  ["cpu_cores", "int4", (o) => (o.cpuCores === null ? null : Math.round(o.cpuCores))],
  ["ram_gb", "float8", (o) => o.ramGb],
  ["storage_gb", "float8", (o) => o.storageGb],
  ["price_per_hour", "numeric", (o) => toMoney4(o.pricePerHourUsd)],
  ["price_per_gpu_hour", "numeric", (o) => toMoney4(o.pricePerGpuHourUsd)],
  ["spot_price_per_hour", "numeric", (o) => toMoney4OrNull(o.spotPricePerHourUsd)],
  ["list_price_per_hour", "numeric", (o) => toMoney4(o.pricePerHour)],
  ["list_currency", "text", (o) => o.currency],
  ["region", "text", (o) => o.region.slice(0, 50)],
  ["country", "text", (o) => o.country],
  ["continent", "text", (o) => o.continent],
  ["market", "text", (o) => o.market],
  ["availability_status", "text", (o) => o.availability],
  ["available_count", "int4", (o) => o.availableCount],
  // a text[] per row cannot ride in a 1-D unnest: each row's tags travel as a JSON string
  ["compliance_tags", "text", (o) => JSON.stringify(o.complianceTags)],
  ["reliability", "numeric", (o) => (o.reliability === null ? null : o.reliability.toFixed(3))],
  ["storage_price_gb_month", "numeric", (o) => toMoney4OrNull(o.storagePriceGbMonth)],
  ["egress_price_gb", "numeric", (o) => toMoney4OrNull(o.egressPriceGb)],
  ["boot_time_s", "int4", (o) => (o.bootTimeS === null ? null : Math.round(o.bootTimeS))],
  ["source", "text", (o) => o.source],
];

/** Columns refreshed when an offer is seen again (everything observed, never id/created_at). */
const refreshed = [
  ...columns.map(([name]) => name).filter((n) => n !== "external_id"),
  "observed_at",
  "ttl_s",
  "stale",
  "last_seen_at",
  "updated_at",
];

export async function bulkUpsertOffers(
  tx: Transaction,
  providerId: string,
  offers: readonly NormalizedOffer[],
  observedAt: Date,
  ttlS: number,
): Promise<{ id: string; externalId: string }[]> {
  if (offers.length === 0) return [];
  const arrays = columns.map(([, , get]) => offers.map(get));
  const unnestArgs = sql.join(
    // sql.param: a bare JS array in a drizzle template would expand into a ($1, $2, …) list
    columns.map(([, pgType], i) => sql`${sql.param(arrays[i])}::${sql.raw(pgType)}[]`),
    sql`, `,
  );
  const selected: SQL[] = columns.map(([name]) =>
    name === "compliance_tags"
      ? sql`array(select jsonb_array_elements_text(u.compliance_tags::jsonb))`
      : sql.raw(`u.${name}`),
  );
  const observed = observedAt.toISOString();
  const result = await tx.execute(sql`
    insert into gpu_offers (provider_id, ${sql.raw(columns.map(([n]) => n).join(", "))},
      observed_at, ttl_s, stale, last_seen_at, updated_at)
    select ${providerId}::uuid, ${sql.join(selected, sql`, `)},
      ${observed}::timestamptz, ${ttlS}::int4, false, ${observed}::timestamptz, ${observed}::timestamptz
    from unnest(${unnestArgs}) as u(${sql.raw(columns.map(([n]) => n).join(", "))})
    on conflict (provider_id, external_id) do update set
      ${sql.raw(refreshed.map((c) => `${c} = excluded.${c}`).join(", "))}
    returning id, external_id`);
  return returnedSchema.parse(rowsOf(result)).map((r) => ({ id: r.id, externalId: r.external_id }));
}

/** Appends history rows the same way: one array per column. */
export async function bulkInsertHistory(
  tx: Transaction,
  rows: readonly { offerId: string; price: string; availability: string }[],
  recordedAt: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into price_history (offer_id, price_per_hour, availability_status, recorded_at)
    select u.offer_id, u.price, u.availability, ${recordedAt.toISOString()}::timestamptz
    from unnest(${sql.param(rows.map((r) => r.offerId))}::uuid[], ${sql.param(rows.map((r) => r.price))}::numeric[],
                ${sql.param(rows.map((r) => r.availability))}::text[]) as u(offer_id, price, availability)`);
}

const returnedSchema = z.array(z.object({ id: z.string(), external_id: z.string() }));

/** node-postgres, PGlite and Neon all answer execute() with `{ rows }`. */
function rowsOf(result: unknown): unknown {
  return typeof result === "object" && result !== null && "rows" in result ? result.rows : result;
}
