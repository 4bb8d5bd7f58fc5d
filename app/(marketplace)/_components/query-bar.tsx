"use client";

import { useRef, useState } from "react";
import {
  formatOfferQuery,
  type OfferQuery,
  parseOfferQuery,
  type QueryError,
} from "@/lib/marketplace/query-language";
import { QueryErrors } from "./query-errors";

/**
 * The compact query language, bidirectional with the sidebar: the text shows the current filters
 * (formatOfferQuery) and is rewritten whenever they change; Enter parses it and applies the result,
 * or keeps the text and underlines what did not parse.
 */
export function QueryBar({ query, onApply }: { query: OfferQuery; onApply: (next: OfferQuery) => void }) {
  const canonical = formatOfferQuery(query);
  const [text, setText] = useState(canonical);
  const [shown, setShown] = useState(canonical);
  const [failed, setFailed] = useState<{ text: string; errors: QueryError[] } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  if (shown !== canonical) {
    setShown(canonical);
    setText(canonical);
    setFailed(null);
  }

  const apply = () => {
    const result = parseOfferQuery(text);
    if (result.ok) {
      setFailed(null);
      setText(formatOfferQuery(result.value));
      onApply(result.value);
      return;
    }
    setFailed({ text, errors: result.errors });
    const first = result.errors[0];
    if (first && input.current) {
      input.current.focus();
      input.current.setSelectionRange(first.position, first.position + first.length);
    }
  };

  return (
    <search className="query-bar" aria-label="Offer query">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label htmlFor="offer-query" className="query-label">
          Query
        </label>
        <div className="query-row">
          <input
            ref={input}
            id="offer-query"
            type="text"
            className="query-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="gpu=H100 vram>=80 price<3 region in [eu, us] sort=-gpu_price"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={failed !== null}
            aria-describedby={failed ? "offer-query-errors" : "offer-query-help"}
            data-testid="query-input"
          />
          <button type="submit" className="button-primary" data-testid="query-apply">
            Apply
          </button>
        </div>
        {failed ? (
          <QueryErrors id="offer-query-errors" text={failed.text} errors={failed.errors} />
        ) : (
          <p id="offer-query-help" className="field-help">
            Fields: gpu, gpus, vram, price, gpu_price, provider, region, market, availability, stale, sort.
            Example: <code>gpu in [4090, &quot;A100 80GB&quot;] price&lt;2 sort=-vram</code>. Press Enter to
            apply.
          </p>
        )}
      </form>
    </search>
  );
}
