/** Key layout from the design's "Redis Cache Structure"; build keys only through these. */

/** prefix of every offer-list entry and of the list generation key */
export const OFFERS_LIST_PREFIX = "providers:list:";

/**
 * Holds the current offer-list generation (see invalidation.ts). Outside the entries' namespace
 * (`providers:list:g:`) so no filter hash can ever collide with it.
 */
export const OFFERS_LIST_GENERATION_KEY = `${OFFERS_LIST_PREFIX}generation`;

/**
 * `providers:list:g:{generation}:{hash(filters)}`. The design's key plus the generation: bumping the
 * generation makes every older list entry unreachable at once (invalidation.ts).
 */
export function offersListKey(filtersHash: string, generation: string): string {
  return `${OFFERS_LIST_PREFIX}g:${generation}:${filtersHash}`;
}

export function offerKey(offerId: string): string {
  return `offer:${offerId}`;
}

export function sessionKey(userId: string): string {
  return `session:${userId}`;
}

export function aiContextKey(sessionId: string): string {
  return `ai:context:${sessionId}`;
}

export function presetKey(presetName: string): string {
  return `presets:${presetName}`;
}
