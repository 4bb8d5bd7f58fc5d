import type { z } from "zod";
import { lookup } from "@/lib/gpu/lookup";
import { type OfferFilters, type OfferSort, offerFiltersSchema, offerSortSchema } from "./filters";
import {
  type FieldName,
  type FieldSpec,
  fields,
  fieldWords,
  type ListKey,
  lookupField,
  lookupSort,
  parseNumber,
  sortChoices,
  sortWords,
  suggest,
} from "./query-fields";
import { type QueryError, type Token, tokenize } from "./query-tokens";

export { formatOfferQuery } from "./query-format";
export type { QueryError } from "./query-tokens";

/**
 * The compact query language of the marketplace's query bar, parsed into the same filter and
 * sort object as the REST API (`ListOffersQuery` without paging):
 *
 *   gpu=H100 vram>=80 price<3 region in [eu,us] sort=price
 *   gpu in [4090, "A100 80GB"] gpus>=2 market=spot sort=-gpu_price
 *   provider=lambdalabs,runpod available
 *   h100 nvlink                                  → q = "h100 nvlink"
 *
 * Terms are `field op value` with `= < <= > >=` or `field in [a, b]`; list fields also take
 * `field=a,b`. Repeated list fields accumulate; a bound given twice with different values is an
 * error. Values may be quoted; numbers may carry units (`$3`, `3usd`, `2/hr`, `80gb`, `95%`).
 * A bare `available` means availability in [available, limited]; any other bare word or quoted
 * string joins the full-text search `q`. `sort=-x` sorts descending, as does `order=desc`.
 *
 * Bounds: the filter object holds inclusive bounds only, so `price<3` and `price<=3` both mean
 * max_price 3 (likewise `>`); prices are continuous and a cent either way rarely matters. GPU
 * counts are integers, so there `<` and `>` are exact: `gpus>1` is gpu_count_min 2.
 * `!=` is rejected: the filter object cannot exclude values.
 *
 * Never throws. Errors carry the UTF-16 position and length of the offending text so the query
 * bar can underline it; parsing continues after an error to report every problem at once.
 */

export type OfferQuery = OfferFilters & OfferSort;
export type ParseOfferQueryResult = { ok: true; value: OfferQuery } | { ok: false; errors: QueryError[] };

const offerQuerySchema = offerFiltersSchema.extend(offerSortSchema.shape);

interface State {
  input: string;
  tokens: Token[];
  i: number;
  errors: QueryError[];
  /** the object handed to zod */
  draft: Record<string, unknown>;
  /** where each draft key came from, one token per list item, so zod issues can be located */
  origin: Map<string, Token[]>;
  /** bare words and strings, joined into `q` */
  text: Token[];
}

type ValueToken = Token & { kind: "word" | "string" };
const isValue = (t: Token | undefined): t is ValueToken => t?.kind === "word" || t?.kind === "string";

function fail(st: State, at: { position: number; length: number }, message: string): void {
  const token = st.input.slice(at.position, at.position + at.length);
  st.errors.push({ message, position: at.position, length: at.length, token });
}

/** The span from one token to another, for errors about a whole term. */
function span(from: Token, to: Token): { position: number; length: number } {
  return { position: from.position, length: to.position + to.length - from.position };
}

export function parseOfferQuery(text: string): ParseOfferQueryResult {
  const input = typeof text === "string" ? text : "";
  const { tokens, errors } = tokenize(input);
  const st: State = { input, tokens, i: 0, errors, draft: {}, origin: new Map(), text: [] };
  while (st.i < tokens.length) parseTerm(st);
  if (st.text.length > 0) {
    st.draft.q = st.text.map((t) => t.text).join(" ");
    st.origin.set("q", st.text);
  }
  if (st.errors.length > 0) {
    return { ok: false, errors: [...st.errors].sort((a, b) => a.position - b.position) };
  }
  const result = offerQuerySchema.safeParse(st.draft);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => locateIssue(st, issue)) };
}

function locateIssue(st: State, issue: z.core.$ZodIssue): QueryError {
  const key = String(issue.path[0] ?? "");
  const index = typeof issue.path[1] === "number" ? issue.path[1] : 0;
  const from = st.origin.get(key);
  const at = from?.[index] ?? from?.[0];
  const message = `invalid ${key}: ${issue.message}`;
  if (at === undefined) return { message, position: 0, length: 0, token: "" };
  return {
    message,
    position: at.position,
    length: at.length,
    token: st.input.slice(at.position, at.position + at.length),
  };
}

function parseTerm(st: State): void {
  const t = st.tokens[st.i];
  if (t === undefined) return;
  const next = st.tokens[st.i + 1];
  st.i++;
  if (t.kind === "string") {
    st.text.push(t);
    return;
  }
  if (t.kind !== "word") {
    const hint = t.kind === "op" ? ": operators go between a field and a value, e.g. price<3" : "";
    fail(st, t, `unexpected '${t.text}'${hint}`);
    return;
  }
  const field = lookupField(t.text);
  const isIn = next?.kind === "word" && next.text.toLowerCase() === "in";
  if (next?.kind === "op" || (isIn && (field !== null || st.tokens[st.i + 1]?.kind === "lbracket"))) {
    st.i++;
    const values = readValues(st, t, next);
    if (field === null) unknownField(st, t);
    else if (values !== null) applyTerm(st, field.name, field.spec, t, next, values);
    return;
  }
  if (t.text.toLowerCase() === "available") {
    addList(st, "availability", ["available", "limited"], [t, t]);
  } else if (field !== null) {
    fail(st, t, `'${t.text}' needs an operator and a value, e.g. ${field.spec.example}`);
  } else {
    st.text.push(t);
  }
}

function unknownField(st: State, t: Token): void {
  const guess = suggest(t.text, fieldWords);
  const known = Object.keys(fields).join(", ");
  fail(st, t, `unknown field '${t.text}'${guess ? ` — did you mean '${guess}'?` : `; fields: ${known}`}`);
}

/** The value(s) after an operator: `v`, `v1,v2`, or `[v1, v2]` (the only form `in` takes). */
function readValues(st: State, field: Token, op: Token): Token[] | null {
  const first = st.tokens[st.i];
  if (op.text.toLowerCase() === "in" && first?.kind !== "lbracket") {
    if (isValue(first)) st.i++;
    fail(st, first ?? op, `'in' needs a list in brackets, e.g. ${field.text} in [a, b]`);
    return null;
  }
  if (first?.kind === "lbracket") return readList(st, first);
  if (!isValue(first)) {
    if (first === undefined) fail(st, span(field, op), `'${field.text}${op.text}' needs a value`);
    else fail(st, first, `expected a value after '${op.text}', got '${first.text}'`);
    return null;
  }
  st.i++;
  const values = [first];
  for (let comma = st.tokens[st.i]; comma?.kind === "comma"; comma = st.tokens[st.i]) {
    st.i++;
    const item = st.tokens[st.i];
    if (!isValue(item)) {
      fail(st, comma, "expected a value after ','");
      return null;
    }
    values.push(item);
    st.i++;
  }
  return values;
}

/** `[a, b]`; a trailing comma is tolerated. An unclosed list stops before the next term. */
function readList(st: State, open: Token): Token[] | null {
  st.i++;
  const values: Token[] = [];
  let ok = true;
  let expectValue = true;
  for (;;) {
    const t = st.tokens[st.i];
    if (t?.kind === "rbracket") {
      st.i++;
      return ok ? values : null;
    }
    if (t === undefined || (!expectValue && t.kind !== "comma")) {
      fail(st, open, "unclosed '['");
      return null;
    }
    st.i++;
    if (expectValue && isValue(t)) {
      values.push(t);
      expectValue = false;
    } else if (!expectValue) {
      expectValue = true;
    } else {
      fail(st, t, `expected a value in the list, got '${t.text}'`);
      ok = false;
    }
  }
}

function applyTerm(
  st: State,
  name: FieldName,
  spec: FieldSpec,
  field: Token,
  op: Token,
  values: Token[],
): void {
  const operator = op.text.toLowerCase();
  const last = values[values.length - 1] ?? op;
  const term = span(field, last);
  if (operator === "!=") {
    const instead =
      spec.kind === "range" ? `use ${name}< or ${name}>` : `list the values you want, e.g. ${spec.example}`;
    fail(st, op, `'!=' is not supported: filters can only include values, not exclude them — ${instead}`);
    return;
  }
  if (spec.kind === "list") {
    if (operator !== "=" && operator !== "in") {
      fail(
        st,
        op,
        `'${name}' is a list of values and takes '=' or 'in', not '${op.text}', e.g. ${spec.example}`,
      );
    } else if (spec.values === undefined) {
      addList(
        st,
        spec.key,
        values.map((v) => v.text),
        values,
      );
    } else {
      addEnumList(st, name, spec.key, spec.values, values);
    }
    return;
  }
  if (operator === "in") {
    fail(st, op, `'in' only applies to list fields such as gpu, provider or region, e.g. ${spec.example}`);
    return;
  }
  const value = values[0];
  if (value === undefined || values.length > 1) {
    fail(st, values[1] ?? op, `'${name}' takes one value, got ${values.length}`);
    return;
  }
  const allowed =
    spec.kind === "range" ? ["=", "<", "<=", ">", ">="] : spec.kind === "minimum" ? [">=", ">"] : ["="];
  if (!allowed.includes(operator)) {
    const what = spec.kind === "minimum" ? "a minimum" : "'='";
    fail(st, op, `'${name}' only takes ${what}, e.g. ${spec.example}`);
    return;
  }
  switch (spec.kind) {
    case "range":
    case "minimum": {
      const parsed = parseNumber(value.text, spec.unit);
      if ("error" in parsed) {
        const message = parsed.error === "nan" ? `needs a number, got '${value.text}'` : parsed.message;
        fail(st, value, parsed.error === "nan" ? `operator '${op.text}' ${message}` : `'${name}' ${message}`);
        return;
      }
      let n = parsed.value;
      if (spec.kind === "minimum") {
        setScalar(st, spec.key, n, value, term);
        return;
      }
      // gpu counts are integers: a strict bound becomes the next integer inside it
      if (spec.unit === "count" && operator === ">") n = Math.floor(n) + 1;
      if (spec.unit === "count" && operator === "<") n = Math.ceil(n) - 1;
      if (operator !== "<" && operator !== "<=") setScalar(st, spec.min, n, value, term);
      if (operator !== ">" && operator !== ">=") setScalar(st, spec.max, n, value, term);
      return;
    }
    case "flag": {
      const flag = lookup(flagWords, value.text.toLowerCase());
      if (flag === undefined) fail(st, value, `'${name}' accepts yes or no, got '${value.text}'`);
      else setScalar(st, spec.key, flag, value, term);
      return;
    }
    case "text":
      st.text.push(value);
      return;
    case "sort":
      applySort(st, value, term);
      return;
    case "order": {
      const order = value.text.toLowerCase();
      if (order === "asc" || order === "desc") setScalar(st, "order", order, value, term);
      else fail(st, value, `'order' accepts asc or desc, got '${value.text}'`);
    }
  }
}

const flagWords: Readonly<Record<string, boolean>> = {
  yes: true,
  true: true,
  on: true,
  "1": true,
  no: false,
  false: false,
  off: false,
  "0": false,
};

function applySort(st: State, value: Token, term: { position: number; length: number }): void {
  const direction = value.text.startsWith("-") ? "desc" : value.text.startsWith("+") ? "asc" : null;
  const word = direction === null ? value.text : value.text.slice(1);
  const sort = lookupSort(word);
  if (sort === undefined) {
    const guess = suggest(word, sortWords);
    const hint = guess ? `unknown sort '${word}' — did you mean '${guess}'? ` : "";
    fail(st, value, `${hint}'sort' accepts: ${sortChoices.join(", ")} (prefix '-' for descending)`);
    return;
  }
  setScalar(st, "sort", sort, value, term);
  if (direction !== null) setScalar(st, "order", direction, value, term);
}

/** Sets a single-valued key; a second, different value is a conflict rather than a silent override. */
function setScalar(
  st: State,
  key: string,
  value: number | boolean | string,
  from: Token,
  term: { position: number; length: number },
): void {
  const previous = st.draft[key];
  if (previous !== undefined && previous !== value) {
    fail(st, term, `conflicts with an earlier term: ${key} is already ${String(previous)}`);
    return;
  }
  st.draft[key] = value;
  st.origin.set(key, [from]);
}

function addList(st: State, key: ListKey, items: string[], from: Token[]): void {
  const previous = st.draft[key];
  st.draft[key] = [...(Array.isArray(previous) ? previous : []), ...items];
  st.origin.set(key, [...(st.origin.get(key) ?? []), ...from]);
}

/** Enum lists accept any case and `-` or spaces for `_` ("On-Demand" → on_demand). */
function addEnumList(
  st: State,
  name: FieldName,
  key: ListKey,
  accepted: readonly string[],
  values: Token[],
): void {
  const items: string[] = [];
  for (const value of values) {
    const item = value.text.toLowerCase().replace(/[\s-]+/g, "_");
    if (accepted.includes(item)) {
      items.push(item);
      continue;
    }
    const guess = suggest(item, accepted);
    const hint = guess ? ` — did you mean '${guess}'?` : "";
    fail(st, value, `unknown ${name} '${value.text}'${hint}; '${name}' accepts: ${accepted.join(", ")}`);
  }
  addList(st, key, items, values);
}
