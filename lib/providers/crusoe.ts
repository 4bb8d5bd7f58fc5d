import { catalogAdapter } from "./catalog/catalog-adapter";
import { crusoePrices } from "./catalog/crusoe-prices";

/** Crusoe Cloud: static catalog of published $/GPU-hour prices; table dated 2026-09-20. */
export const crusoeAdapter = catalogAdapter(
  {
    displayName: "Crusoe Cloud",
    apiBaseUrl: "https://www.crusoe.ai/cloud/pricing",
    docsUrl: "https://docs.crusoecloud.com/",
  },
  crusoePrices,
);
