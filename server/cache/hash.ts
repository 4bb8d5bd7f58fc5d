/**
 * Stable hash of a filter object, for cache keys: two filter objects that serialize to the same
 * canonical JSON (object keys sorted at every depth, `undefined` members dropped as JSON does) hash
 * alike whatever their key order. Array order is kept: `["A100","H100"]` and `["H100","A100"]`
 * differ; normalize sets before hashing if order does not matter to the query.
 *
 * Hash: 64-bit FNV-1a over the UTF-8 bytes, h = (h ⊕ byte) · 0x100000001b3 mod 2⁶⁴ from the offset
 * basis 0xcbf29ce484222325 (Fowler–Noll–Vo, http://www.isthe.com/chongo/tech/comp/fnv/), printed as
 * 16 hex digits. Not cryptographic; collisions between distinct filter sets are ~2⁻⁶⁴ per pair.
 * Pure, no node: imports, so it runs on edge routes too.
 */

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value)) ?? "null";
}

function canonicalize(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === "function") return canonicalize(withJson.toJSON());
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonicalize(item)));
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member: unknown = Reflect.get(value, key);
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    sorted[key] = canonicalize(member);
  }
  return sorted;
}

const FNV_OFFSET_BASIS_64 = 0xcbf29ce484222325n;
const FNV_PRIME_64 = 0x100000001b3n;
const encoder = new TextEncoder();

export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET_BASIS_64;
  for (const byte of encoder.encode(text)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * FNV_PRIME_64);
  }
  return hash.toString(16).padStart(16, "0");
}

export function hashFilters(filters: unknown): string {
  return fnv1a64(canonicalJson(filters));
}
