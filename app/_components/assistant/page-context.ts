"use client";

import { useEffect } from "react";
import { z } from "zod";
import type { PageContext } from "@/lib/assistant/chat-schema";

/**
 * What the visitor is looking at, for the assistant ("the best option in my current search").
 * Pages publish it; every /api/chat request carries the latest value as `context`, with the
 * current pathname as `page` unless the publisher set one.
 *
 * From a client component (e.g. the marketplace results table):
 *
 *   usePublishPageContext({ query: queryText, visible_offer_ids: rows.map((r) => r.id) });
 *
 * The hook republishes when the values change and clears what it published on unmount, so a
 * page's offers never leak into the next page's questions. Outside React, call
 * `publishPageContext(ctx)` (and `publishPageContext({})` to clear).
 */
export type PublishedPageContext = PageContext;

let current: PublishedPageContext = {};

export function publishPageContext(ctx: PublishedPageContext): void {
  current = { ...ctx };
}

/** Clears the context, unless someone published a newer one since `published`. */
function withdraw(published: PublishedPageContext): void {
  if (current === published) current = {};
}

export function usePublishPageContext(ctx: PublishedPageContext): void {
  const { page, query } = ctx;
  // the ids array is usually rebuilt every render; compare it by value
  const ids = ctx.visible_offer_ids?.join(",");
  useEffect(() => {
    const visible_offer_ids = ids ? ids.split(",") : undefined;
    const published: PublishedPageContext = { page, query, visible_offer_ids };
    current = published;
    return () => withdraw(published);
  }, [page, query, ids]);
}

const uuid = z.uuid();
const MAX_VISIBLE_OFFERS = 200;

/**
 * The context for one request, trimmed to what chat-schema accepts: a malformed publisher must
 * not turn every chat request into a 400.
 */
export function requestContext(pathname: string): PageContext {
  const ids = current.visible_offer_ids?.filter((id) => uuid.safeParse(id).success);
  return {
    page: (current.page ?? pathname).slice(0, 300),
    ...(current.query ? { query: current.query.slice(0, 1000) } : {}),
    ...(ids && ids.length > 0 ? { visible_offer_ids: ids.slice(0, MAX_VISIBLE_OFFERS) } : {}),
  };
}
