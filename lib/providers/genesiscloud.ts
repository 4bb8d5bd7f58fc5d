import { catalogAdapter } from "./catalog/catalog-adapter";
import { genesiscloudPrices } from "./catalog/genesiscloud-prices";

/** Genesis Cloud: static catalog (providers.md §21, no verified price endpoint); table dated 2026-05-24. */
export const genesiscloudAdapter = catalogAdapter(
  {
    displayName: "Genesis Cloud",
    apiBaseUrl: "https://www.genesiscloud.com/pricing",
    docsUrl: "https://developers.genesiscloud.com/",
  },
  genesiscloudPrices,
);
