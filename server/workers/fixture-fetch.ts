import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Credentials, ProviderAdapter, ProviderRequest, ProviderResponse } from "@/lib/providers/types";
import type { FetchLike } from "./provider-fetch";

/**
 * `npm run ingest -- --from-fixtures DIR`: answers each provider request with the recorded body
 * in DIR (`<provider>[.<endpoint>].json`, lib/providers/fixtures by default), so the whole
 * pipeline — adapters, normalization, storage, history, outbox — runs without the network.
 * Unmatched requests get a 404, which the worker records as that provider's failure.
 */
const routes: [RegExp, string][] = [
  [/console\.vast\.ai\/api\/v0\/bundles/, "vastai.json"],
  [/api\.runpod\.io\/graphql/, "runpod.json"],
  [/lambdalabs\.com\/api\/v1\/instance-types|lambda\.ai\/api\/v1\/instance-types/, "lambdalabs.json"],
  [/tensordock\.com\/api\/v2\/locations/, "tensordock.json"],
  [/\/v1\/oauth2\/token/, "verda.oauth-token.json"],
  [/\/v1\/instance-types/, "verda.json"],
  [/\/v1\/instance-availability\?is_spot=true/, "verda.availability-spot.json"],
  [/\/v1\/instance-availability/, "verda.availability.json"],
  [/api\.(verda\.com|datacrunch\.io)\/v1\/locations/, "verda.locations.json"],
  [/api\.vultr\.com\/v2\/plans-metal/, "vultr.plans-metal.json"],
  [/api\.vultr\.com\/v2\/plans/, "vultr.json"],
  [/api\.vultr\.com\/v2\/regions/, "vultr.regions.json"],
  [/api\.paperspace\.com\/v1\/machine-availability/, "paperspace.json"],
  [/api\.digitalocean\.com\/v2\/sizes/, "digitalocean.json"],
  [/fluidstack\.io\/list_available_configurations/, "fluidstack.json"],
  [/compute\.cudo\.org\/v1\/vms\/machine-types/, "cudo.json"],
  [/nexgencloud\.com\/v1\/core\/flavors/, "hyperstack.json"],
  [/nexgencloud\.com\/v1\/pricebook/, "hyperstack.pricebook.json"],
  [/nexgencloud\.com\/v1\/core\/stocks/, "hyperstack.stocks.json"],
  [/jarvislabs\.net\/misc\/server_meta/, "jarvislabs.json"],
  [/cloudestimator2\/data\/shapes\.json/, "oci.json"],
  [/cetools\/api\/v1\/products/, "oci.prices.json"],
  [/PlatformService\/List/, "nebius.json"],
  [/CalculatorService\/Estimate/, "nebius.estimate.json"],
  [/AmazonEC2\/current\/us-east-1\/index\.json/, "aws.json"],
  [/cloudbilling\.googleapis\.com\/v1\/services\/[^/]+\/skus.*pageToken=/, "gcp.edge-page2.json"],
  [/cloudbilling\.googleapis\.com\/v1\/services\/[^/]+\/skus/, "gcp.json"],
  [/compute\/v1\/projects\/[^/]+\/zones\/us-central1-a\/machineTypes/, "gcp.machineTypes.json"],
  [/prices\.azure\.com(:443)?\/api\/retail\/prices.*\$skip=/, "azure.edge-page2.json"],
  [/prices\.azure\.com(:443)?\/api\/retail\/prices/, "azure.json"],
  [
    /scaleway\.com\/instance\/v1\/zones\/[^/]+\/products\/servers\/availability/,
    "scaleway.availability.json",
  ],
  [/scaleway\.com\/instance\/v1\/zones\/[^/]+\/products\/servers/, "scaleway.json"],
  [/\/1\.0\/order\/catalog\/public\/cloud/, "ovh.json"],
];

/** Credentials that make each adapter build exactly the requests the recorded fixtures answer. */
export function fixtureCredentials(slug: string): Credentials {
  // OVH lists project flavors only with a project; the recorded catalog alone is enough.
  if (slug === "ovh") return {};
  return sharedFixtureCredentials;
}

const sharedFixtureCredentials: Credentials = {
  apiKey: "fixture",
  apiToken: "fixture",
  secretKey: "fixture",
  accessToken: "fixture",
  clientId: "fixture",
  clientSecret: "fixture",
  iamToken: "fixture",
  projectId: "fixture-project",
  projects: "eu-north1=project-fixture",
  priceRegions: "us-east-1",
  zones: "us-central1-a",
};

export function fixtureFetch(dir: string): FetchLike {
  return async (url: string) => {
    const file = routes.find(([pattern]) => pattern.test(url))?.[1];
    const full = file ? path.join(dir, file) : null;
    if (!full || !existsSync(full)) {
      return new Response(JSON.stringify({ error: `no fixture for ${url}` }), { status: 404 });
    }
    return new Response(await readFile(full, "utf8"), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
}

/** Every response an adapter's fetch would get, answered from `dir` (token, main and follow-up phases). */
export async function fixtureResponses(adapter: ProviderAdapter, dir: string): Promise<ProviderResponse[]> {
  const fetchFixture = fixtureFetch(dir);
  let creds = fixtureCredentials(adapter.info.slug);
  if (adapter.authenticate) {
    const res = await fetchFixture(adapter.authenticate.request(creds).url, {});
    creds = adapter.authenticate.apply(creds, await res.json());
  }
  const responses: ProviderResponse[] = [];
  const fetchAll = async (requests: ProviderRequest[]) => {
    for (const request of requests) {
      const res = await fetchFixture(request.url, {});
      if (res.ok) responses.push({ request, body: (await res.json()) as unknown });
    }
  };
  await fetchAll(adapter.buildRequests(creds));
  await fetchAll(adapter.followUpRequests?.(creds, responses) ?? []);
  return responses;
}
