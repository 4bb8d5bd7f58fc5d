"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_components/trpc";
import { ChoiceFilter } from "./choice-filter";

/** Provider multi-select over the providers that currently list live offers. */
export function ProviderFilter({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const trpc = useTRPC();
  const providers = useQuery(trpc.offers.providers.queryOptions());
  const options = (providers.data ?? [])
    .filter((p) => p.live_offers > 0 || value.includes(p.provider))
    .sort((a, b) => a.display_name.localeCompare(b.display_name))
    .map((p) => ({ value: p.provider, label: p.display_name, hint: `(${p.live_offers})` }));
  if (providers.isPending) return <p className="field muted">Loading providers…</p>;
  return (
    <div className="provider-filter">
      <ChoiceFilter legend="Provider" name="provider" options={options} value={value} onChange={onChange} />
    </div>
  );
}
