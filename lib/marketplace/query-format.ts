import type { OfferFilters, OfferSort } from "./filters";
import { type FieldSpec, fields, lookupField, sortSpelling } from "./query-fields";
import { isBareWord, quoteValue } from "./query-tokens";

/**
 * The canonical query string of a filter object, for the URL bar and "copy query"; the inverse
 * of parseOfferQuery (query-language.ts): parsing the result gives back the same object.
 *
 * Terms come in the fixed order of the field table; bounds are written inclusive (`>=`, `<=`,
 * or `=` when both are equal); a one-item list is `field=value`, any other `field in [a, b]`;
 * availability [available, limited] is the bare word `available`; the default sort
 * (price ascending) is omitted. `q` is written as bare words when they read back unchanged,
 * else as `q="…"`.
 */
export function formatOfferQuery(query: OfferFilters & Partial<OfferSort>): string {
  const terms: string[] = [];
  for (const [name, spec] of Object.entries(fields) as [string, FieldSpec][]) {
    const term = formatTerm(name, spec, query);
    if (term !== null) terms.push(term);
  }
  return terms.join(" ");
}

function formatTerm(name: string, spec: FieldSpec, query: OfferFilters & Partial<OfferSort>): string | null {
  switch (spec.kind) {
    case "text":
      return query.q === undefined ? null : formatText(query.q);
    case "list": {
      const values = query[spec.key];
      if (values === undefined) return null;
      if (
        spec.key === "availability" &&
        values.length === 2 &&
        values[0] === "available" &&
        values[1] === "limited"
      ) {
        return "available";
      }
      const [only] = values;
      if (values.length === 1 && only !== undefined) return `${name}=${quoteValue(only)}`;
      return `${name} in [${values.map(quoteValue).join(", ")}]`;
    }
    case "range": {
      const min = query[spec.min];
      const max = query[spec.max];
      if (min !== undefined && min === max) return `${name}=${min}`;
      const bounds = [
        min === undefined ? null : `${name}>=${min}`,
        max === undefined ? null : `${name}<=${max}`,
      ];
      return bounds.filter((b) => b !== null).join(" ") || null;
    }
    case "minimum":
      return query[spec.key] === undefined ? null : `${name}>=${query[spec.key]}`;
    case "flag":
      return query[spec.key] === undefined ? null : `${name}=${query[spec.key] ? "yes" : "no"}`;
    case "sort": {
      const sort = query.sort ?? "price_per_hour";
      const order = query.order ?? "asc";
      if (sort === "price_per_hour" && order === "asc") return null;
      return `${name}=${order === "desc" ? "-" : ""}${sortSpelling(sort)}`;
    }
    case "order":
      return null;
  }
}

/** Bare words unless a word would read as something else (a field, `in`, `available`). */
function formatText(q: string): string {
  const words = q.split(" ");
  const bare = words.every(
    (w) => isBareWord(w) && lookupField(w) === null && !["in", "available"].includes(w.toLowerCase()),
  );
  return bare ? q : `q=${quoteValue(q)}`;
}
