"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type MarketQuery, marketParams, parseMarketParams, withFilters } from "@/app/_lib/market-url";
import type { OfferFilters, SortField } from "@/lib/marketplace/filters";

/** The marketplace query, read from and written to the URL (push: the back button undoes a change). */
export function useMarketQuery() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = useMemo(() => parseMarketParams(params), [params]);

  const navigate = useCallback(
    (next: MarketQuery) => {
      const search = marketParams(next).toString();
      router.push(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  const setFilters = useCallback(
    (filters: OfferFilters) => navigate(withFilters(query, filters)),
    [navigate, query],
  );

  const setQuery = useCallback(
    (filtersAndSort: OfferFilters & Pick<MarketQuery, "sort" | "order">) =>
      navigate({
        ...withFilters(query, filtersAndSort),
        sort: filtersAndSort.sort,
        order: filtersAndSort.order,
      }),
    [navigate, query],
  );

  const toggleSort = useCallback(
    (field: SortField) => {
      const order = query.sort === field && query.order === "asc" ? "desc" : "asc";
      navigate({ ...query, sort: field, order, page: 1, as_of: undefined });
    },
    [navigate, query],
  );

  /** Later pages keep the first page's snapshot (as_of), so offers ingested meanwhile do not shift them. */
  const setPage = useCallback(
    (page: number, asOf: string | undefined) =>
      navigate({ ...query, page, as_of: query.as_of ?? (asOf ? new Date(asOf) : undefined) }),
    [navigate, query],
  );

  const setPerPage = useCallback(
    (perPage: MarketQuery["per_page"]) =>
      navigate({ ...query, per_page: perPage, page: 1, as_of: undefined }),
    [navigate, query],
  );

  return { query, setFilters, setQuery, toggleSort, setPage, setPerPage };
}
