import type { ReactNode } from "react";
import type { QueryError } from "@/lib/marketplace/query-language";

/**
 * The submitted query with each offending token underlined, followed by the messages. Overlapping
 * spans keep the first; a zero-length span (e.g. "needs a value" at the end) marks a caret.
 */
export function QueryErrors({
  id,
  text,
  errors,
}: {
  id: string;
  text: string;
  errors: readonly QueryError[];
}) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  const spans = [...errors].sort((a, b) => a.position - b.position);
  spans.forEach((e) => {
    if (e.position < cursor) return;
    parts.push(text.slice(cursor, e.position));
    const token = text.slice(e.position, e.position + e.length);
    parts.push(
      <mark
        key={`${e.position}:${e.length}:${e.message}`}
        className="query-error-token"
        data-testid="query-error-token"
      >
        {token === "" ? "\u00a0" : token}
      </mark>,
    );
    cursor = e.position + e.length;
  });
  parts.push(text.slice(cursor));
  return (
    <div id={id} className="query-errors" role="alert" data-testid="query-errors">
      <code className="query-echo">{parts}</code>
      <ul>
        {errors.map((e, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity beyond their order
          <li key={k} data-testid="query-error-message">
            {e.token ? <code>{e.token}</code> : null} {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
