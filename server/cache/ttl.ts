/** Cache lifetimes from the design's "Redis Cache Structure" (seed/gpubroker-design.md), seconds. */

/** `providers:list:{hash(filters)}` — offer list pages */
export const PROVIDERS_LIST_TTL_S = 60;
/** `offer:{offer_id}` — one ProviderOffer */
export const OFFER_TTL_S = 300;
/** `session:{user_id}` */
export const SESSION_TTL_S = 15 * 60;
/** `ai:context:{session_id}` — assistant conversation context */
export const AI_CONTEXT_TTL_S = 60 * 60;
/** `presets:{preset_name}` */
export const PRESETS_TTL_S = 60 * 60;
