import { akashAdapter } from "./akash";
import { awsAdapter } from "./aws";
import { azureAdapter } from "./azure";
import { coreweaveAdapter } from "./coreweave";
import { crusoeAdapter } from "./crusoe";
import { cudoAdapter } from "./cudo";
import { digitaloceanAdapter } from "./digitalocean";
import { fluidstackAdapter } from "./fluidstack";
import { gcpAdapter } from "./gcp";
import { genesiscloudAdapter } from "./genesiscloud";
import { hyperstackAdapter } from "./hyperstack";
import { jarvislabsAdapter } from "./jarvislabs";
import { lambdalabsAdapter } from "./lambdalabs";
import { nebiusAdapter } from "./nebius";
import { ociAdapter } from "./oci";
import { ovhAdapter } from "./ovh";
import { paperspaceAdapter } from "./paperspace";
import { runpodAdapter } from "./runpod";
import { scalewayAdapter } from "./scaleway";
import { tensordockAdapter } from "./tensordock";
import type { ProviderAdapter } from "./types";
import { vastaiAdapter } from "./vastai";
import { verdaAdapter } from "./verda";
import { vultrAdapter } from "./vultr";

/** Every provider GPUBROKER knows: 19 live-API adapters and the cited static price tables. */
export const providerAdapters: readonly ProviderAdapter[] = [
  vastaiAdapter,
  runpodAdapter,
  lambdalabsAdapter,
  tensordockAdapter,
  verdaAdapter,
  vultrAdapter,
  paperspaceAdapter,
  digitaloceanAdapter,
  fluidstackAdapter,
  cudoAdapter,
  hyperstackAdapter,
  jarvislabsAdapter,
  ociAdapter,
  nebiusAdapter,
  awsAdapter,
  gcpAdapter,
  azureAdapter,
  scalewayAdapter,
  ovhAdapter,
  coreweaveAdapter,
  crusoeAdapter,
  genesiscloudAdapter,
  akashAdapter,
];

const bySlug = new Map(providerAdapters.map((a) => [a.info.slug, a]));

export function adapterFor(slug: string): ProviderAdapter | undefined {
  return bySlug.get(slug);
}
