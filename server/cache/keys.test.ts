import { describe, expect, it } from "vitest";
import {
  aiContextKey,
  OFFERS_LIST_GENERATION_KEY,
  offerKey,
  offersListKey,
  presetKey,
  sessionKey,
} from "./keys";
import { AI_CONTEXT_TTL_S, OFFER_TTL_S, PRESETS_TTL_S, PROVIDERS_LIST_TTL_S, SESSION_TTL_S } from "./ttl";

describe("cache keys and TTLs (design: Redis Cache Structure)", () => {
  it("builds the design's keys", () => {
    expect(offerKey("off_1")).toBe("offer:off_1");
    expect(presetKey("llm-inference")).toBe("presets:llm-inference");
    expect(aiContextKey("s-9")).toBe("ai:context:s-9");
    expect(sessionKey("u-1")).toBe("session:u-1");
    expect(offersListKey("00ff00ff00ff00ff", "gen-1")).toBe("providers:list:g:gen-1:00ff00ff00ff00ff");
  });

  it("keeps list entries apart from the generation key", () => {
    expect(OFFERS_LIST_GENERATION_KEY).toBe("providers:list:generation");
    expect(offersListKey("generation", "x").startsWith(OFFERS_LIST_GENERATION_KEY)).toBe(false);
  });

  it("uses the design's lifetimes", () => {
    expect([PROVIDERS_LIST_TTL_S, OFFER_TTL_S, SESSION_TTL_S, AI_CONTEXT_TTL_S, PRESETS_TTL_S]).toEqual([
      60, 300, 900, 3600, 3600,
    ]);
  });
});
