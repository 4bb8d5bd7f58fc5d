import type { ReactNode } from "react";
import "./marketplace.css";

/** The marketplace route group: `/`, `/offers/[id]`, `/compare`. Adds its stylesheet only. */
export default function MarketplaceLayout({ children }: { children: ReactNode }) {
  return children;
}
