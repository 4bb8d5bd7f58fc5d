/**
 * W3C Trace Context: honour an incoming `traceparent` (version-traceid-parentid-flags) so a
 * caller's trace continues through our logs; otherwise start a new trace id.
 */
const traceparentPattern = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

export function traceIdFrom(headers: Headers): string {
  const match = traceparentPattern.exec(headers.get("traceparent")?.trim().toLowerCase() ?? "");
  const id = match?.[1];
  if (id && id !== "0".repeat(32)) return id;
  return newTraceId();
}

export function newTraceId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
