import { akashPrices } from "./catalog/akash-prices";
import { catalogAdapter } from "./catalog/catalog-adapter";

/** Akash Network: static catalog of marketplace floor prices; table dated 2026-09-20. */
export const akashAdapter = catalogAdapter(
  {
    displayName: "Akash Network",
    apiBaseUrl: "https://akash.network/pricing/gpus/",
    docsUrl: "https://akash.network/docs/",
  },
  akashPrices,
);
