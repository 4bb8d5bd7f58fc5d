import { sql } from "drizzle-orm";
import { providers } from "@/drizzle/schema";
import type { ProviderInfo } from "@/lib/providers/types";
import type { Executor } from "@/server/db";

/** Upserts one `providers` row per adapter and returns slug → id. */
export async function ensureProviders(
  db: Executor,
  infos: readonly ProviderInfo[],
): Promise<Map<string, string>> {
  if (infos.length === 0) return new Map();
  const rows = await db
    .insert(providers)
    .values(
      infos.map((i) => ({
        name: i.slug,
        displayName: i.displayName,
        apiBaseUrl: i.apiBaseUrl,
        kind: i.kind,
      })),
    )
    .onConflictDoUpdate({
      target: providers.name,
      set: {
        displayName: sql`excluded.display_name`,
        apiBaseUrl: sql`excluded.api_base_url`,
        kind: sql`excluded.kind`,
      },
    })
    .returning({ id: providers.id, name: providers.name });
  return new Map(rows.map((r) => [r.name, r.id]));
}
