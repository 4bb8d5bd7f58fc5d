import Link from "next/link";
import { getDb } from "@/server/db";
import { countBenchmarks } from "@/server/services/benchmarks";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const benchmarkCount = await countBenchmarks(await getDb());
  return (
    <>
      <h1>Find the right GPU at the right price</h1>
      <p className="lead">
        GPU offers from many clouds, normalized to one catalog and ranked for your workload.
      </p>
      <section className="kpis" aria-label="Catalog figures">
        <div className="kpi">
          <div className="kpi-label">GPU models with cited specs</div>
          <div className="kpi-value" data-testid="benchmark-count">
            {benchmarkCount}
          </div>
        </div>
      </section>
      <p>
        <Link href="/benchmarks">Browse the GPU benchmark reference →</Link>
      </p>
    </>
  );
}
