import type { NormalizedOffer } from "./types";

/** Offers per provider slug, in input order (ingest stores one provider per transaction). */
export function groupByProvider(offers: readonly NormalizedOffer[]): Map<string, NormalizedOffer[]> {
  const groups = new Map<string, NormalizedOffer[]>();
  for (const o of offers) {
    const list = groups.get(o.provider);
    if (list) list.push(o);
    else groups.set(o.provider, [o]);
  }
  return groups;
}
