import { eq } from "drizzle-orm";
import { gpuOffers, recommendationFeedback } from "@/drizzle/schema";
import type { FeedbackBody } from "@/lib/assistant/chat-schema";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";

/** Thumbs up/down on a recommendation: the explicit signal for collaborative filtering. */
export async function recordFeedback(db: Executor, body: FeedbackBody) {
  if (body.offer_id) {
    const [offer] = await db
      .select({ id: gpuOffers.id })
      .from(gpuOffers)
      .where(eq(gpuOffers.id, body.offer_id))
      .limit(1);
    if (!offer) throw new AppError("NOT_FOUND", `No offer ${body.offer_id}`, { field: "offer_id" });
  }
  await db.insert(recommendationFeedback).values({
    sessionId: body.session_id,
    recommendationId: body.recommendation_id,
    offerId: body.offer_id ?? null,
    explicitFeedback: body.feedback,
    positionInList: body.position ?? null,
    algorithmUsed: "topsis",
  });
  return { recorded: true };
}
