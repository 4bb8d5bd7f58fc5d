/**
 * Reading the running server's REST API from tests, so expectations come from the same data the
 * page shows rather than from counts that change with live providers.
 */
export interface ApiOffer {
  id: string;
  provider: string;
  gpu_model: string | null;
  gpu_type: string;
  gpu_count: number;
  vram_per_gpu_gb: number | null;
  price_per_hour: number;
  price_per_gpu_hour: number;
  availability_status: string;
  reliability: number | null;
  compliance_tags: string[];
  provenance: { source: string; observed_at: string; stale: boolean; age_s: number };
}

export interface ApiOfferList {
  total: number;
  items: ApiOffer[];
  pages: number;
  as_of: string;
}

export async function getJson<T>(baseUrl: string, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export function listOffers(baseUrl: string, params: Record<string, string | number>): Promise<ApiOfferList> {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return getJson<ApiOfferList>(baseUrl, `/api/v1/providers?${search}`);
}

interface ProviderStatus {
  kind: string;
  last_sync_at: string | null;
  error_count: number;
}

/**
 * The in-process ingest adds the cited catalog providers a few seconds after start. Wait until
 * each catalog provider has synced (or failed) recently and the offer count stops moving, so a
 * test's API reading and the page's reading see the same catalog.
 */
export async function waitForCatalogToSettle(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const recent = (iso: string | null) => iso !== null && Date.parse(iso) > Date.now() - 30 * 60_000;
  while (Date.now() < deadline) {
    const { provider_statuses } = await getJson<{ provider_statuses: ProviderStatus[] }>(
      baseUrl,
      "/api/v1/providers/health",
    );
    const catalogs = provider_statuses.filter((p) => p.kind === "catalog");
    if (catalogs.every((p) => recent(p.last_sync_at) || p.error_count > 0)) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  let previous = -1;
  while (Date.now() < deadline) {
    const { total_offers } = await getJson<{ total_offers: number }>(baseUrl, "/api/v1/market/insights");
    if (total_offers === previous) return;
    previous = total_offers;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) → rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
