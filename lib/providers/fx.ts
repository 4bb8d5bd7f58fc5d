/**
 * Currency conversion to USD for offer normalization. Providers quote EUR (Scaleway, OVH EU
 * subsidiaries) or GBP (OVH UK) per reference/providers.md §18–§19.
 *
 * `referenceFxRates` are CONFIGURED REFERENCE RATES, not live quotes: round values inside the
 * 2024–2025 range of the ECB euro reference rates (EUR ≈ 1.04–1.18 USD, GBP ≈ 1.22–1.37 USD,
 * https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/).
 * Update them here (or pass `rates` from server configuration) when the ingestion job's rate source
 * changes; prices converted with them are comparable across providers, not billing-exact.
 */
import type { Currency } from "./types";

/** USD per one unit of each non-USD currency we ingest. */
export interface FxRates {
  EUR: number;
  GBP: number;
}

export const referenceFxRates: Readonly<FxRates> = { EUR: 1.08, GBP: 1.27 };

/** Converted prices are rounded to micro-dollars: removes float noise, keeps sub-cent precision. */
const MICRO_USD = 1e6;

function rateFor(currency: Currency, rates: FxRates): number {
  if (currency === "USD") return 1;
  const rate = rates[currency];
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Error(`FX rate for ${currency} must be a positive finite number of USD, got ${rate}`);
  }
  return rate;
}

/** amount (in `currency`) → USD. Throws on a non-positive or non-finite configured rate. */
export function toUsd(amount: number, currency: Currency, rates: FxRates = referenceFxRates): number {
  return Math.round(amount * rateFor(currency, rates) * MICRO_USD) / MICRO_USD;
}
