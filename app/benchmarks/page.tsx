import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { listBenchmarks } from "@/server/services/benchmarks";

export const metadata: Metadata = { title: "GPU benchmarks" };
export const dynamic = "force-dynamic";

const fmt = (v: number | null, digits = 0) =>
  v === null ? (
    <span className="empty">—</span>
  ) : (
    v.toLocaleString("en-US", { maximumFractionDigits: digits })
  );

export default async function BenchmarksPage() {
  const rows = await listBenchmarks(await getDb());
  return (
    <>
      <h1>GPU benchmark reference</h1>
      <p className="lead">
        {rows.length} GPU models. Dense tensor figures; single-stream llama.cpp decode where measured. Empty
        cells mean no verifiable measurement — never an estimate.
      </p>
      <div className="table-wrap">
        <table data-testid="benchmark-table">
          <caption className="muted">Specs and throughput with source ids</caption>
          <thead>
            <tr>
              <th scope="col">GPU</th>
              <th scope="col">Vendor</th>
              <th scope="col" className="num">
                VRAM GB
              </th>
              <th scope="col" className="num">
                Bandwidth GB/s
              </th>
              <th scope="col" className="num">
                FP32 TFLOPS
              </th>
              <th scope="col" className="num">
                FP16 TFLOPS
              </th>
              <th scope="col" className="num">
                7B tok/s
              </th>
              <th scope="col" className="num">
                70B tok/s
              </th>
              <th scope="col" className="num">
                Images/min
              </th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.gpu_model}>
                <th scope="row">{r.gpu_model}</th>
                <td>{r.vendor}</td>
                <td className="num">{fmt(r.vram_gb)}</td>
                <td className="num">{fmt(r.memory_bandwidth_gbps)}</td>
                <td className="num">{fmt(r.tflops_fp32, 1)}</td>
                <td className="num">{fmt(r.tflops_fp16, 1)}</td>
                <td className="num">{fmt(r.tokens_per_second_7b, 1)}</td>
                <td className="num">{fmt(r.tokens_per_second_70b, 1)}</td>
                <td className="num">{fmt(r.image_gen_per_minute, 1)}</td>
                <td className="muted">{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
