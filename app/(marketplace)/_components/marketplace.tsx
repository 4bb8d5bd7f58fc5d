"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { usePublishPageContext } from "@/app/_components/assistant/page-context";
import { useTRPC } from "@/app/_components/trpc";
import { useMarketQuery } from "@/app/_hooks/use-market-query";
import { NARROW_SCREEN, useMediaQuery } from "@/app/_hooks/use-media-query";
import { filterChips } from "@/app/_lib/filter-chips";
import { filtersOf, marketParams } from "@/app/_lib/market-url";
import { formatOfferQuery } from "@/lib/marketplace/query-language";
import type { OfferList } from "@/server/services/offers/list";
import { FilterPanel } from "./filter-panel";
import { FreshnessNotices } from "./freshness-notices";
import { OfferResults } from "./offer-results";
import { Pagination } from "./pagination";
import { QueryBar } from "./query-bar";
import { ResultWarnings } from "./result-warnings";
import { ResultsToolbar } from "./results-toolbar";
import type { ResultsView } from "./view-toggle";

// recharts is the heaviest dependency of the page and sits below the fold: load it after first paint.
const MarketCharts = dynamic(() => import("./market-charts").then((m) => m.MarketCharts), {
  ssr: false,
  loading: () => <p className="muted">Loading charts…</p>,
});

/** Filters, query bar and results of the marketplace, all driven by the URL. */
export function Marketplace({ initial }: { initial: { search: string; list: OfferList | undefined } }) {
  const { query, setFilters, setQuery, toggleSort, setPage, setPerPage } = useMarketQuery();
  const filters = useMemo(() => filtersOf(query), [query]);
  const trpc = useTRPC();
  const search = marketParams(query).toString();
  const list = useQuery(
    trpc.offers.list.queryOptions(query, {
      placeholderData: keepPreviousData,
      // the server rendered this very query: start from its answer instead of fetching it again
      initialData: search === initial.search ? initial.list : undefined,
    }),
  );
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [chosenView, setView] = useState<ResultsView>("table");
  const view: ResultsView = narrow ? "cards" : chosenView;
  const data = list.data;
  const visibleIds = useMemo(() => data?.items.map((i) => i.id) ?? [], [data]);
  // "the best option for my current search": the assistant ranks exactly these offers
  usePublishPageContext({ query: formatOfferQuery(query), visible_offer_ids: visibleIds });

  return (
    <>
      <div className="market-layout">
        <FilterPanel filters={filters} activeCount={filterChips(filters).length} onChange={setFilters} />
        <section
          className="market-results"
          aria-labelledby="results-heading"
          data-testid="market-results"
          data-state={list.isPending || list.isPlaceholderData ? "loading" : list.isError ? "error" : "ready"}
          data-query={search}
        >
          <h2 id="results-heading" className="section-title">
            Offers
          </h2>
          <QueryBar query={query} onApply={setQuery} />
          <ResultsToolbar
            total={data?.total ?? null}
            view={view}
            onView={setView}
            canChooseView={!narrow}
            perPage={query.per_page}
            onPerPage={setPerPage}
            exportFilters={filters}
          />
          {data && <FreshnessNotices offers={data.items} />}
          {data && <ResultWarnings warnings={data.warnings} />}
          <OfferResults
            list={data}
            pending={list.isPending}
            refreshing={list.isPlaceholderData}
            error={list.isError ? list.error.message : null}
            onRetry={() => void list.refetch()}
            view={view}
            sort={query}
            onSort={toggleSort}
            filters={filters}
            onFilters={setFilters}
            onFirstPage={() => setPage(1, undefined)}
          />
          {data && data.total > 0 && (
            <Pagination page={data.page} pages={data.pages} onPage={(page) => setPage(page, data.as_of)} />
          )}
        </section>
      </div>
      <MarketCharts filters={filters} />
    </>
  );
}
