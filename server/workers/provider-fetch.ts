import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
} from "cockatiel";
import type { ProviderAdapter, ProviderRequest, ProviderResponse } from "@/lib/providers/types";

/**
 * Network side of one provider fetch: per-request timeout, a response-size cap, bounded retries
 * for transient failures (network, 5xx, short 429s) and a per-provider circuit breaker with the
 * design's provider-adapter settings (open after 3 consecutive failed fetches, half-open probe
 * after 120 s). A failure is thrown as ProviderFetchError with a message safe to store and show.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchOptions {
  fetch: FetchLike;
  timeoutMs: number;
  maxBytes: number;
  /** longest Retry-After we wait for inside one run; longer ones fail the fetch */
  maxRetryAfterMs: number;
  /** at most this many pages per request chain (a runaway next-page loop stops here) */
  maxPages: number;
  retryDelayMs: number;
}

export const defaultFetchOptions: Omit<FetchOptions, "fetch"> = {
  timeoutMs: 10_000,
  maxBytes: 64 * 1024 * 1024,
  maxRetryAfterMs: 5_000,
  maxPages: 200,
  retryDelayMs: 250,
};

export class ProviderFetchError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ProviderFetchError";
  }
}

export const breakerSettings = { failures: 3, halfOpenAfterMs: 120_000 } as const;

/** Breakers live as long as the process, so consecutive scheduled runs share their state. */
const breakers = new Map<string, CircuitBreakerPolicy>();

export function breakerFor(slug: string, halfOpenAfterMs: number = breakerSettings.halfOpenAfterMs) {
  let breaker = breakers.get(slug);
  if (!breaker) {
    breaker = circuitBreaker(
      handleWhen(() => true),
      {
        halfOpenAfter: halfOpenAfterMs,
        breaker: new ConsecutiveBreaker(breakerSettings.failures),
      },
    );
    breakers.set(slug, breaker);
  }
  return breaker;
}

export function resetBreakers(): void {
  breakers.clear();
}

/** Fetches every request of the adapter (following pages) → responses for adapter.parse. */
export async function fetchProvider(
  adapter: ProviderAdapter,
  requests: ProviderRequest[],
  options: FetchOptions,
  breaker: CircuitBreakerPolicy = breakerFor(adapter.info.slug),
): Promise<ProviderResponse[]> {
  try {
    return await breaker.execute(async () => {
      const responses: ProviderResponse[] = [];
      for (const first of requests) {
        let request: ProviderRequest | null = first;
        for (let page = 0; request; page++) {
          if (page >= options.maxPages)
            throw new ProviderFetchError(`more than ${options.maxPages} pages`, false);
          const body = await fetchJsonWithRetry(request, options);
          const response: ProviderResponse = { request, body };
          responses.push(response);
          request = adapter.nextPage?.(response) ?? null;
        }
      }
      return responses;
    });
  } catch (error) {
    if (error instanceof BrokenCircuitError) {
      throw new ProviderFetchError(
        "circuit open after repeated failures; skipped until the half-open probe",
        false,
      );
    }
    throw error;
  }
}

async function fetchJsonWithRetry(request: ProviderRequest, options: FetchOptions): Promise<unknown> {
  const policy = retry(
    handleWhen((e) => e instanceof ProviderFetchError && e.retryable),
    {
      maxAttempts: 2,
      backoff: new ExponentialBackoff({ initialDelay: options.retryDelayMs, maxDelay: 2_000 }),
    },
  );
  return policy.execute(() => fetchJson(request, options));
}

async function fetchJson(request: ProviderRequest, options: FetchOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await options.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: "follow",
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      throw new ProviderFetchError(`timed out after ${options.timeoutMs} ms`, true);
    }
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    throw new ProviderFetchError(`network error${cause}`, true);
  }

  if (response.status === 429) {
    const waitMs = retryAfterMs(response.headers.get("retry-after"));
    await response.body?.cancel();
    if (waitMs !== null && waitMs <= options.maxRetryAfterMs) {
      await new Promise((r) => setTimeout(r, waitMs));
      throw new ProviderFetchError("rate limited (429)", true, 429);
    }
    throw new ProviderFetchError(
      `rate limited (429)${waitMs === null ? "" : `, retry after ${Math.ceil(waitMs / 1000)} s`}`,
      false,
      429,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ProviderFetchError(`HTTP ${response.status}`, response.status >= 500, response.status);
  }
  const text = await readCapped(response, options.maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderFetchError(`malformed JSON (${text.length} bytes)`, false, response.status);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ProviderFetchError(`response too large (${declared} bytes > ${maxBytes})`, false);
  }
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ProviderFetchError(`response too large (over ${maxBytes} bytes)`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
