import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availabilityStatuses, continents, markets, offerSources } from "@/lib/providers/types";
import {
  type OfferFilters,
  type OfferSort,
  offerFiltersSchema,
  offerSortSchema,
  sortFields,
} from "./filters";
import { formatOfferQuery, type OfferQuery, parseOfferQuery } from "./query-language";

const defaults: OfferSort = { sort: "price_per_hour", order: "asc" };

function parsed(text: string): OfferQuery {
  const result = parseOfferQuery(text);
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to parse: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errorsOf(text: string) {
  const result = parseOfferQuery(text);
  if (result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to fail, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

describe("parseOfferQuery: the documented examples", () => {
  it("gpu=H100 vram>=80 price<3 region in [eu,us] sort=price", () => {
    expect(parsed("gpu=H100 vram>=80 price<3 region in [eu,us] sort=price")).toEqual({
      gpu_type: ["H100"],
      vram_min: 80,
      max_price: 3,
      region: ["eu", "us"],
      sort: "price_per_hour",
      order: "asc",
    });
  });

  it('gpu in [4090, "A100 80GB"] gpus>=2 market=spot sort=-gpu_price', () => {
    expect(parsed('gpu in [4090, "A100 80GB"] gpus>=2 market=spot sort=-gpu_price')).toEqual({
      gpu_type: ["4090", "A100 80GB"],
      gpu_count_min: 2,
      market: ["spot"],
      sort: "price_per_gpu_hour",
      order: "desc",
    });
  });

  it("provider=lambdalabs,runpod available", () => {
    expect(parsed("provider=lambdalabs,runpod available")).toEqual({
      provider: ["lambdalabs", "runpod"],
      availability: ["available", "limited"],
      ...defaults,
    });
  });

  it("bare words become the full-text search q", () => {
    expect(parsed("h100 nvlink")).toEqual({ q: "h100 nvlink", ...defaults });
    expect(parsed('h100 gpus>=2 "nvlink bridge"')).toEqual({
      q: "h100 nvlink bridge",
      gpu_count_min: 2,
      ...defaults,
    });
    expect(parsed("made in china")).toEqual({ q: "made in china", ...defaults });
  });

  it("empty and blank input is the default query", () => {
    expect(parsed("")).toEqual(defaults);
    expect(parsed(" \t\n\u3000")).toEqual(defaults);
  });
});

describe("parseOfferQuery: operators", () => {
  it.each([
    ["price=3", { min_price: 3, max_price: 3 }],
    ["price<3", { max_price: 3 }],
    ["price<=3", { max_price: 3 }],
    ["price>3", { min_price: 3 }],
    ["price>=3", { min_price: 3 }],
    ["price <= 3", { max_price: 3 }],
    ["gpus=8", { gpu_count_min: 8, gpu_count_max: 8 }],
    ["gpus>1", { gpu_count_min: 2 }],
    ["gpus>1.5", { gpu_count_min: 2 }],
    ["gpus<4", { gpu_count_max: 3 }],
    ["gpus<=4", { gpu_count_max: 4 }],
    ["gpus>=2", { gpu_count_min: 2 }],
    ["reliability>=0.9", { min_reliability: 0.9 }],
    ["reliability>0.9", { min_reliability: 0.9 }],
    ["provider=a,b", { provider: ["a", "b"] }],
    ["provider=a, b", { provider: ["a", "b"] }],
    ["provider=[a, b]", { provider: ["a", "b"] }],
    ["provider in [a, b]", { provider: ["a", "b"] }],
    ["provider IN [a,b,]", { provider: ["a", "b"] }],
    ["provider in []", { provider: [] }],
    ["price>=1 price<=2", { min_price: 1, max_price: 2 }],
    ["price<3 price<=3", { max_price: 3 }],
  ])("%s", (text, expected) => {
    expect(parsed(text)).toEqual({ ...expected, ...defaults });
  });
});

describe("parseOfferQuery: fields and aliases", () => {
  it.each([
    ["gpu=H100", { gpu_type: ["H100"] }],
    ["gpu_type=H100", { gpu_type: ["H100"] }],
    ["model=H100", { gpu_type: ["H100"] }],
    ["GPU=H100", { gpu_type: ["H100"] }],
    ["gpus>=2", { gpu_count_min: 2 }],
    ["count>=2", { gpu_count_min: 2 }],
    ["gpu_count>=2", { gpu_count_min: 2 }],
    ["vram>=80", { vram_min: 80 }],
    ["mem<=24", { vram_max: 24 }],
    ["total_vram>=640", { total_vram_min: 640 }],
    ["price<3", { max_price: 3 }],
    ["gpu_price<=2", { max_gpu_price: 2 }],
    ["price_per_gpu>1", { min_gpu_price: 1 }],
    ["provider=runpod", { provider: ["runpod"] }],
    ["region=us-east-1", { region: ["us-east-1"] }],
    ["country=DE", { country: ["DE"] }],
    ["continent=europe", { continent: ["europe"] }],
    ["continent=North-America", { continent: ["north_america"] }],
    ["market=spot", { market: ["spot"] }],
    ["market=On-Demand", { market: ["on_demand"] }],
    ["availability=sold_out", { availability: ["sold_out"] }],
    ["avail=limited", { availability: ["limited"] }],
    ["compliance=soc2", { compliance: ["soc2"] }],
    ["tags=hipaa,gdpr", { compliance: ["hipaa", "gdpr"] }],
    ["interconnect=nvlink", { interconnect: ["nvlink"] }],
    ["form=sxm", { form_factor: ["sxm"] }],
    ["form_factor=pcie", { form_factor: ["pcie"] }],
    ["source=api", { source: ["api"] }],
    ["reliability>=0.95", { min_reliability: 0.95 }],
    ["stale=yes", { include_stale: true }],
    ["stale=true", { include_stale: true }],
    ["stale=no", { include_stale: false }],
    ["stale=0", { include_stale: false }],
    ['q="nvlink bridge"', { q: "nvlink bridge" }],
    ["text=h100", { q: "h100" }],
    ["search=h100", { q: "h100" }],
    ["available", { availability: ["available", "limited"] }],
    ["provider=a provider=b", { provider: ["a", "b"] }],
  ])("%s", (text, expected) => {
    expect(parsed(text)).toEqual({ ...expected, ...defaults });
  });

  it.each([
    ["sort=price", "price_per_hour"],
    ["sort=price_per_hour", "price_per_hour"],
    ["sort=gpu_price", "price_per_gpu_hour"],
    ["sort=price_per_gpu", "price_per_gpu_hour"],
    ["sort=gpus", "gpu_count"],
    ["sort=count", "gpu_count"],
    ["sort=vram", "vram_per_gpu_gb"],
    ["sort=total_vram", "total_vram_gb"],
    ["sort=reliability", "reliability"],
    ["sort=gpu", "gpu_model"],
    ["sort=model", "gpu_model"],
    ["sort=provider", "provider"],
    ["sort=region", "region"],
    ["sort=observed_at", "observed_at"],
    ["sort=age", "observed_at"],
    ["sort=tokens", "cost_per_1m_tokens_7b"],
    ["sort=cost_per_token", "cost_per_1m_tokens_7b"],
    ["sort=Cost_Per_1M_Tokens_7B", "cost_per_1m_tokens_7b"],
  ])("%s", (text, sort) => {
    expect(parsed(text)).toEqual({ sort, order: "asc" });
  });

  it("orders by '-' prefix, '+' prefix or order=", () => {
    expect(parsed("sort=-vram")).toEqual({ sort: "vram_per_gpu_gb", order: "desc" });
    expect(parsed("sort=+vram")).toEqual({ sort: "vram_per_gpu_gb", order: "asc" });
    expect(parsed("sort=vram order=desc")).toEqual({ sort: "vram_per_gpu_gb", order: "desc" });
    expect(parsed("order=DESC")).toEqual({ sort: "price_per_hour", order: "desc" });
    expect(parsed("sort=-vram order=desc")).toEqual({ sort: "vram_per_gpu_gb", order: "desc" });
  });
});

describe("parseOfferQuery: values", () => {
  it.each([
    ["price<$3", { max_price: 3 }],
    ["price<3usd", { max_price: 3 }],
    ["price<3USD", { max_price: 3 }],
    ["price<3$", { max_price: 3 }],
    ["price<2.5/hr", { max_price: 2.5 }],
    ["price<$2/hr", { max_price: 2 }],
    ["price<.5", { max_price: 0.5 }],
    ["price<1e2", { max_price: 100 }],
    ["vram>=80gb", { vram_min: 80 }],
    ["vram>=80GB", { vram_min: 80 }],
    ["vram>=80g", { vram_min: 80 }],
    ["gpus>=8x", { gpu_count_min: 8 }],
    ["reliability>=95%", { min_reliability: 0.95 }],
  ])("%s", (text, expected) => {
    expect(parsed(text)).toEqual({ ...expected, ...defaults });
  });

  it("reads quoted strings with either quote and backslash escapes", () => {
    expect(parsed("gpu='A100 80GB'").gpu_type).toEqual(["A100 80GB"]);
    expect(parsed('gpu="say \\"hi\\" \\\\"').gpu_type).toEqual(['say "hi" \\']);
    expect(parsed('gpu="a,b"').gpu_type).toEqual(["a,b"]);
    expect(parsed("80's h100!").q).toBe("80's h100!");
  });
});

describe("parseOfferQuery: errors", () => {
  it("unknown field, with a suggestion by edit distance", () => {
    expect(errorsOf("vrm>=80")).toEqual([
      { message: "unknown field 'vrm' — did you mean 'vram'?", position: 0, length: 3, token: "vrm" },
    ]);
    expect(errorsOf("gpu=H100 pirce<3")[0]).toMatchObject({ position: 9, token: "pirce" });
    expect(errorsOf("pirce<3")[0]?.message).toContain("did you mean 'price'?");
    expect(errorsOf("zzzzzz=1")[0]?.message).toMatch(/^unknown field 'zzzzzz'; fields: q, gpu, gpus, vram/);
  });

  it("a number operator with a non-number", () => {
    expect(errorsOf("vram>lots")).toEqual([
      { message: "operator '>' needs a number, got 'lots'", position: 5, length: 4, token: "lots" },
    ]);
  });

  it("a unit that does not fit the field", () => {
    expect(errorsOf("vram>=3usd")[0]?.message).toContain("'vram' is in GB, got unit 'usd'");
    expect(errorsOf("vram>=$80")[0]?.message).toContain("'$' only applies to prices");
    expect(errorsOf("price<3gb")[0]?.message).toContain("'price' is in USD");
  });

  it("unclosed '[' and quotes", () => {
    expect(errorsOf("region in [eu, us")).toEqual([
      { message: "unclosed '['", position: 10, length: 1, token: "[" },
    ]);
    const recovered = errorsOf("region in [eu price<lots");
    expect(recovered.map((e) => e.message)).toEqual([
      "unclosed '['",
      "operator '<' needs a number, got 'lots'",
    ]);
    expect(errorsOf('gpu="A100 80GB')).toEqual([
      { message: "unclosed '\"'", position: 4, length: 10, token: '"A100 80GB' },
    ]);
  });

  it("unknown sort and order values", () => {
    const [sortError] = errorsOf("sort=cheapest");
    expect(sortError?.message).toMatch(
      /^'sort' accepts: price, gpu_price, gpus, vram, total_vram, reliability/,
    );
    expect(sortError).toMatchObject({ position: 5, token: "cheapest" });
    expect(errorsOf("sort=-prce")[0]?.message).toMatch(/^unknown sort 'prce' — did you mean 'price'\?/);
    expect(errorsOf("order=up")[0]?.message).toBe("'order' accepts asc or desc, got 'up'");
  });

  it("'!=' cannot be expressed by the filter object", () => {
    expect(errorsOf("provider!=runpod")[0]).toMatchObject({ position: 8, length: 2, token: "!=" });
    expect(errorsOf("provider!=runpod")[0]?.message).toMatch(/^'!=' is not supported/);
    expect(errorsOf("price!=3")[0]?.message).toContain("use price< or price>");
  });

  it("operators that do not fit the field", () => {
    expect(errorsOf("provider>3")[0]?.message).toContain("'provider' is a list of values");
    expect(errorsOf("price in [1, 2]")[0]?.message).toContain("'in' only applies to list fields");
    expect(errorsOf("reliability<0.5")[0]?.message).toBe(
      "'reliability' only takes a minimum, e.g. reliability>=0.95",
    );
    expect(errorsOf("stale>1")[0]?.message).toBe("'stale' only takes '=', e.g. stale=yes");
    expect(errorsOf("gpu in h100")[0]).toMatchObject({ token: "h100" });
    expect(errorsOf("gpu in h100")[0]?.message).toBe("'in' needs a list in brackets, e.g. gpu in [a, b]");
  });

  it("missing and misplaced values", () => {
    expect(errorsOf("price<")[0]).toMatchObject({
      message: "'price<' needs a value",
      position: 0,
      token: "price<",
    });
    expect(errorsOf("gpu=,")[0]?.message).toBe("expected a value after '=', got ','");
    expect(errorsOf("provider=a,")[0]).toMatchObject({ message: "expected a value after ','", position: 10 });
    expect(errorsOf("gpu in [a, =]")[0]?.message).toBe("expected a value in the list, got '='");
    expect(errorsOf("price=1,2")[0]?.message).toBe("'price' takes one value, got 2");
    expect(errorsOf("stale=maybe")[0]?.message).toBe("'stale' accepts yes or no, got 'maybe'");
  });

  it("stray punctuation and a field without operator", () => {
    expect(errorsOf("=3")[0]?.message).toMatch(/^unexpected '='/);
    expect(errorsOf("h100 ]")[0]).toMatchObject({ message: "unexpected ']'", position: 5 });
    expect(errorsOf("vram 80")[0]?.message).toBe("'vram' needs an operator and a value, e.g. vram>=80");
  });

  it("unknown enum values, with a suggestion", () => {
    expect(errorsOf("market=spto")[0]).toMatchObject({
      message:
        "unknown market 'spto' — did you mean 'spot'?; 'market' accepts: on_demand, spot, reserved, community",
      position: 7,
      token: "spto",
    });
  });

  it("conflicting bounds", () => {
    expect(errorsOf("price<3 price<5")[0]).toMatchObject({
      message: "conflicts with an earlier term: max_price is already 3",
      position: 8,
      token: "price<5",
    });
    expect(errorsOf("sort=-price order=asc")[0]?.message).toContain("order is already desc");
  });

  it("schema violations point at the offending value", () => {
    expect(errorsOf("country=DE,USA")[0]).toMatchObject({ position: 11, token: "USA" });
    expect(errorsOf("country=USA")[0]?.message).toMatch(/^invalid country: /);
    expect(errorsOf("reliability>=1.5")[0]).toMatchObject({ token: "1.5" });
    expect(errorsOf("gpus<1")[0]?.message).toMatch(/^invalid gpu_count_max: /);
    expect(errorsOf("price>=-1")[0]?.message).toMatch(/^invalid min_price: /);
    expect(errorsOf(`q="${"x".repeat(201)}"`)[0]?.message).toMatch(/^invalid q: /);
  });

  it("reports every error, in input order", () => {
    expect(errorsOf("vrm>=80 price>lots market=x").map((e) => e.token)).toEqual(["vrm", "lots", "x"]);
  });
});

/** Terms and fragments of real queries, so random input reaches the parser's deeper paths. */
const fieldWord = fc.constantFrom(
  ...[
    "gpu",
    "gpus",
    "vram",
    "total_vram",
    "price",
    "gpu_price",
    "provider",
    "region",
    "country",
    "continent",
  ],
  ...["market", "avail", "tags", "form", "source", "reliability", "stale", "q", "sort", "order", "vrm"],
);
const operator = fc.constantFrom("=", "!=", "<", "<=", ">", ">=", " in ", " = ");
const value = fc.constantFrom(
  ...["H100", '"A100 80GB"', "$3", "2.5/hr", "80gb", "95%", "0.9", "2", "1e3", "lots", "spot", "on-demand"],
  ...[
    "-gpu_price",
    "price",
    "tokens",
    "desc",
    "yes",
    "no",
    "DE",
    "europe",
    "api",
    "[eu, us]",
    "[a,",
    "[]",
    "a,b",
  ],
);
const fragment = fc.oneof(
  fc.constantFrom("available", "in", "h100", "[", "]", ",", '"', "'", "\\", "-", "\u3000", "é", ""),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const queryish = fc
  .array(
    fc.oneof(
      fc.tuple(fieldWord, operator, value).map((t) => t.join("")),
      fragment,
    ),
    { maxLength: 8 },
  )
  .chain((parts) => fc.constantFrom(parts.join(" "), parts.join("")));

describe("prototype-like words", () => {
  it("are ordinary words, never Object.prototype members", () => {
    for (const word of ["__proto__", "constructor", "toString", "sort=__proto__", "stale=constructor"]) {
      const r = parseOfferQuery(word);
      if (r.ok) expect(r.value.q ?? "").toBe(word);
      else expect(r.errors[0]?.message).toBeTruthy();
    }
  });
});

describe("parseOfferQuery: properties", () => {
  it("never throws, and every error points into the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.string(), queryish), (text) => {
        const result = parseOfferQuery(text);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.position).toBeGreaterThanOrEqual(0);
          expect(error.position + error.length).toBeLessThanOrEqual(text.length);
          expect(error.token).toBe(text.slice(error.position, error.position + error.length));
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("formatting a parsed query is a fixed point", () => {
    fc.assert(
      fc.property(queryish, (text) => {
        const result = parseOfferQuery(text);
        if (!result.ok) return;
        expect(parseOfferQuery(formatOfferQuery(result.value))).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Characters the tokenizer treats specially, mixed with arbitrary code points. */
const char = fc.oneof(
  fc.constantFrom(" ", '"', "'", "\\", ",", "[", "]", "=", "!", "<", ">", "$", "-", "\u00a0", "\u3000", "\t"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const text = (minLength: number, maxLength: number) => fc.string({ unit: char, minLength, maxLength });
const words = fc.array(fc.constantFrom("h100", "nvlink", "in", "available", "gpu", "80GB", "x"), {
  maxLength: 4,
});
const strings = (maxLength: number) => fc.array(text(1, maxLength), { maxLength: 3 });
const nonNegative = fc.oneof(
  fc.integer({ min: 0, max: 1024 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
);
const positive = fc.oneof(
  fc.integer({ min: 1, max: 64 }),
  fc.double({ min: 0, minExcluded: true, max: 1e6, noNaN: true }),
);
const subset = <T extends string>(values: readonly T[]) =>
  fc.array(fc.constantFrom(...values), { maxLength: 4 });

const filtersArbitrary: fc.Arbitrary<OfferFilters & Partial<OfferSort>> = fc.record(
  {
    gpu_type: strings(30),
    gpu_count_min: positive,
    gpu_count_max: positive,
    vram_min: nonNegative,
    vram_max: nonNegative,
    total_vram_min: nonNegative,
    total_vram_max: nonNegative,
    min_price: nonNegative,
    max_price: nonNegative,
    min_gpu_price: nonNegative,
    max_gpu_price: nonNegative,
    provider: strings(30),
    region: strings(20),
    country: fc.array(
      text(2, 2).filter((s) => s.length === 2),
      { maxLength: 3 },
    ),
    continent: subset(continents),
    market: subset(markets),
    availability: fc.oneof(
      subset(availabilityStatuses),
      fc.constant(["available", "limited"] as const).map((a) => [...a]),
    ),
    compliance: strings(20),
    interconnect: strings(20),
    form_factor: strings(20),
    source: subset(offerSources),
    min_reliability: fc.double({ min: 0, max: 1, noNaN: true }),
    include_stale: fc.boolean(),
    q: fc.oneof(
      text(0, 80),
      words.map((w) => w.join(" ")),
    ),
    sort: fc.constantFrom(...sortFields),
    order: fc.constantFrom("asc" as const, "desc" as const),
  },
  { requiredKeys: [] },
);

describe("formatOfferQuery", () => {
  it("writes the canonical form", () => {
    expect(
      formatOfferQuery({
        gpu_type: ["H100"],
        vram_min: 80,
        max_price: 3,
        region: ["eu", "us"],
        sort: "price_per_hour",
        order: "asc",
      }),
    ).toBe("gpu=H100 vram>=80 price<=3 region in [eu, us]");
    expect(
      formatOfferQuery({
        q: "h100 nvlink",
        gpu_type: ["4090", "A100 80GB"],
        gpu_count_min: 2,
        market: ["spot"],
        availability: ["available", "limited"],
        sort: "price_per_gpu_hour",
        order: "desc",
      }),
    ).toBe('h100 nvlink gpu in [4090, "A100 80GB"] gpus>=2 market=spot available sort=-gpu_price');
    expect(formatOfferQuery({ min_price: 2, max_price: 2, include_stale: true, min_reliability: 0.9 })).toBe(
      "price=2 reliability>=0.9 stale=yes",
    );
    expect(formatOfferQuery({ provider: [], sort: "cost_per_1m_tokens_7b" })).toBe(
      "provider in [] sort=tokens",
    );
    expect(formatOfferQuery({})).toBe("");
  });

  it("quotes q when its words would read as something else", () => {
    expect(formatOfferQuery({ q: "gpu in stock" })).toBe('q="gpu in stock"');
    expect(formatOfferQuery({ q: "" })).toBe('q=""');
    expect(formatOfferQuery({ q: 'say "hi"' })).toBe('q="say \\"hi\\""');
  });

  it("parse(format(x)) gives back x for any valid filter object", () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const expected = offerFiltersSchema.extend(offerSortSchema.shape).parse(filters);
        expect(parseOfferQuery(formatOfferQuery(filters))).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 500 },
    );
  });
});
