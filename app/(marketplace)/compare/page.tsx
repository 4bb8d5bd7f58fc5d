import type { Metadata } from "next";
import { CompareView } from "./_components/compare-view";

export const metadata: Metadata = { title: "Compare offers" };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_IDS = 10;

/** ?ids=a,b,c → distinct well-formed offer ids, at most ten, in the order given. */
function parseIds(raw: string | string[] | undefined): string[] {
  const text = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const ids = text
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => uuid.test(s));
  return [...new Set(ids)].slice(0, MAX_IDS);
}

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ids = parseIds((await searchParams).ids);
  return (
    <>
      <h1>Compare offers</h1>
      <p className="lead">
        Ranked with TOPSIS over price, performance, availability, reliability and compliance. Move a weight to
        re-rank instantly.
      </p>
      <CompareView ids={ids} />
    </>
  );
}
