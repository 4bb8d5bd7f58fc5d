import { count } from "drizzle-orm";
import { events, priceHistory } from "@/drizzle/schema";
import { groupByProvider } from "@/lib/providers/group-by-provider";
import { providerAdapters } from "@/lib/providers/registry";
import { storeProviderOffers } from "@/server/services/ingest-store";
import { ensureProviders } from "@/server/services/providers-registry";
import { createBenchDatabase } from "./support/database";
import { fixtureRawOffers, normalizeAll, scaleOffers } from "./support/scaled-offers";

/**
 * Full ingest of 50,000 offers (fixtures scaled) into real PostgreSQL, including price history
 * and the outbox; then a second run where 10% of prices change. Target: ≤ 10 s for 50,000.
 */
const N = Number(process.env.BENCH_OFFERS ?? 50_000);

async function main() {
  const base = await fixtureRawOffers();
  const raws = scaleOffers(base, N);
  const t0 = performance.now();
  const offers = normalizeAll(raws);
  const normalizeMs = performance.now() - t0;

  const db = await createBenchDatabase();
  try {
    const ids = await ensureProviders(
      db.db,
      providerAdapters.map((a) => a.info),
    );
    const groups = groupByProvider(offers);
    // Four providers at a time, as the ingest worker runs them (runIngest's default concurrency).
    const store = async (list: Map<string, typeof offers>, at: Date) => {
      const started = performance.now();
      let written = 0;
      const queue = [...list];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const id = ids.get(next[0]);
          if (!id) continue;
          const stored = await storeProviderOffers(db.db, id, next[1], at);
          written += stored.offers;
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      return { ms: performance.now() - started, written };
    };
    const first = await store(groups, new Date());
    const changed = offers.map((o, i) =>
      i % 10 === 0 ? { ...o, pricePerHourUsd: o.pricePerHourUsd * 1.05 } : o,
    );
    const second = await store(groupByProvider(changed), new Date(Date.now() + 60_000));
    const [history] = await db.db.select({ n: count() }).from(priceHistory);
    const [outbox] = await db.db.select({ n: count() }).from(events);

    console.log(`base fixture offers: ${base.length}, scaled to ${N} (${offers.length} after normalization)`);
    console.log(
      `normalize: ${normalizeMs.toFixed(0)} ms (${Math.round(offers.length / (normalizeMs / 1000)).toLocaleString()} offers/s)`,
    );
    console.log(
      `first ingest (all new): ${first.written} offers in ${(first.ms / 1000).toFixed(2)} s = ${Math.round(first.written / (first.ms / 1000)).toLocaleString()} offers/s (target: 50,000 in ≤ 10 s)`,
    );
    console.log(
      `second ingest (10% changed): ${second.written} offers in ${(second.ms / 1000).toFixed(2)} s = ${Math.round((second.written / second.ms) * 60_000).toLocaleString()} offers/min (design: ≥ 5,000/min)`,
    );
    console.log(
      `price_history rows: ${history?.n}, outbox events: ${outbox?.n} (expected ≈ ${Math.ceil(offers.length / 10)})`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
