import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recommendationFeedback } from "@/drizzle/schema";
import { renderTemplate, workloadTemplates } from "@/lib/assistant/templates";
import { parseWorkload } from "@/lib/nl";
import { createCatalogTestDatabase } from "@/server/testing/catalog";
import type { TestDatabase } from "@/server/testing/db";
import { requireConversation } from "./conversation-store";
import { recordFeedback } from "./feedback";
import { chatApi, parseWorkloadApi, recommendApi } from "./recommend-api";

let t: TestDatabase;
beforeAll(async () => {
  t = await createCatalogTestDatabase();
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("AI endpoints", () => {
  it("parse-workload returns the design's shape", () => {
    const r = parseWorkloadApi("fine-tune llama-3-8b with qlora for 6 hours in the EU under €300");
    expect(r.workload_type).toBe("fine_tuning");
    expect(r.parameters.durationHours).toBe(6);
    expect(r.parameters.budget).toEqual({ amount: 300, currency: "EUR", per: "total" });
    expect(r.confidence).toBeGreaterThan(0.7);
  });

  it("recommend and chat answer with priced options and remember the session", async () => {
    const r = await recommendApi(t.db, "I need to process 10 AI images for 1 hour");
    expect(r.recommendations).toHaveLength(3);
    expect(r.explanation).toMatch(/^Based on your request/);
    const chat = await chatApi(t.db, "transcribe 20 hours of audio in 2 hours", "api-session");
    expect(chat.context_id).toBe("api-session");
    const ctx = await requireConversation(t.db, "api-session");
    expect(ctx.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    await expect(requireConversation(t.db, "never-seen")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records feedback and refuses an unknown offer", async () => {
    const r = await recommendApi(t.db, "render 100 images in 2 hours");
    const first = r.recommendations[0];
    await recordFeedback(t.db, {
      session_id: "s",
      recommendation_id: r.recommendation_id,
      offer_id: first?.offer_id,
      feedback: "positive",
      position: 1,
    });
    const [rows] = await t.db.select({ n: count() }).from(recommendationFeedback);
    expect(rows?.n).toBe(1);
    await expect(
      recordFeedback(t.db, {
        session_id: "s",
        recommendation_id: "x",
        offer_id: "00000000-0000-4000-8000-000000000000",
        feedback: "negative",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("every template renders a request the parser understands", () => {
    for (const template of workloadTemplates) {
      const parsed = parseWorkload(renderTemplate(template, {}));
      expect(parsed.workloadType, template.id).not.toBe("other");
      expect(parsed.durationHours, template.id).not.toBeNull();
    }
  });
});
