import { adapterFor } from "@/lib/providers/registry";
import type { Credentials } from "@/lib/providers/types";
import type { Validator } from "@/server/services/integrations";

/** Sends the adapter's cheap authenticated request; 2xx proves the credentials. */
export function httpValidator(fetchImpl: typeof fetch = fetch, timeoutMs = 10_000): Validator {
  return async (slug: string, credentials: Credentials) => {
    const request = adapterFor(slug)?.validateCredentials?.(credentials);
    if (!request) return { ok: false, error: "provider has no validation endpoint" };
    try {
      const res = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel();
      return res.ok ? { ok: true } : { ok: false, error: `HTTP ${res.status}` };
    } catch {
      return { ok: false, error: "provider unreachable" };
    }
  };
}
