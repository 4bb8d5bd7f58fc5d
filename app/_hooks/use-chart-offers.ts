"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_components/trpc";
import type { OfferFilters } from "@/lib/marketplace/filters";

/** Pages of 100 fetched for the charts; beyond this the charts say they show a sample. */
const MAX_PAGES = 5;

/** Every offer matching the filters (up to 500), for the distribution and share charts. */
export function useChartOffers(filters: OfferFilters) {
  const trpc = useTRPC();
  const base = { ...filters, sort: "price_per_gpu_hour", order: "asc", per_page: 100 } as const;
  const first = useQuery(trpc.offers.list.queryOptions({ ...base, page: 1 }));
  const pages = first.data ? Math.min(first.data.pages, MAX_PAGES) : 0;
  const asOf = first.data ? new Date(first.data.as_of) : undefined;
  const rest = useQueries({
    queries: Array.from({ length: Math.max(0, pages - 1) }, (_, k) =>
      trpc.offers.list.queryOptions({ ...base, page: k + 2, as_of: asOf }),
    ),
  });
  const offers = [first, ...rest].flatMap((q) => q.data?.items ?? []);
  return {
    offers,
    total: first.data?.total ?? 0,
    truncated: (first.data?.total ?? 0) > offers.length,
    isLoading: first.isPending || rest.some((q) => q.isPending),
    isError: first.isError || rest.some((q) => q.isError),
  };
}
