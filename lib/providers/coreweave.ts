import { catalogAdapter } from "./catalog/catalog-adapter";
import { coreweavePrices } from "./catalog/coreweave-prices";

/** CoreWeave: static catalog (providers.md §20, no public price API); table dated 2026-10-10. */
export const coreweaveAdapter = catalogAdapter(
  {
    displayName: "CoreWeave",
    apiBaseUrl: "https://coreweave.com/pricing",
    docsUrl: "https://docs.coreweave.com/resources/billing-and-charges",
  },
  coreweavePrices,
);
