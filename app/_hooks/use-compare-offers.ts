"use client";

import { useQueries } from "@tanstack/react-query";
import { useTRPC } from "@/app/_components/trpc";
import type { OfferDto } from "@/server/services/offers/dto";

export interface CompareOffer extends OfferDto {
  /** "A", "B", … in the order of the URL's ids */
  letter: string;
  /** peak dense FP16 TFLOPS of one GPU from the benchmark reference; null when unknown */
  tflops_per_gpu: number | null;
}

/** The offers named in /compare?ids=…, each with its GPU's FP16 TFLOPS (TOPSIS performance). */
export function useCompareOffers(ids: readonly string[]) {
  const trpc = useTRPC();
  const offerQueries = useQueries({
    queries: ids.map((id) => ({ ...trpc.offers.byId.queryOptions({ id }), retry: false })),
  });
  const models = [
    ...new Set(offerQueries.flatMap((q) => (q.data?.gpu_model ? [q.data.gpu_model] : []))),
  ].sort();
  const benchmarkQueries = useQueries({
    queries: models.map((model) => ({
      ...trpc.benchmarks.byModel.queryOptions({ gpu_type: model }),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    })),
  });
  const tflops = new Map<string, number | null>();
  models.forEach((model, k) => {
    tflops.set(model, benchmarkQueries[k]?.data?.tflops_fp16 ?? null);
  });
  const offers: CompareOffer[] = [];
  const missing: string[] = [];
  offerQueries.forEach((q, k) => {
    const id = ids[k] ?? "";
    if (q.isError) missing.push(id);
    if (!q.data) return;
    offers.push({
      ...q.data,
      letter: String.fromCharCode(65 + k),
      tflops_per_gpu: q.data.gpu_model ? (tflops.get(q.data.gpu_model) ?? null) : null,
    });
  });
  return {
    offers,
    missing,
    pending: offerQueries.some((q) => q.isPending) || benchmarkQueries.some((q) => q.isPending),
  };
}
