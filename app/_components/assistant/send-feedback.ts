import { z } from "zod";
import type { FeedbackBody } from "@/lib/assistant/chat-schema";

export type FeedbackKind = FeedbackBody["feedback"];

const uuid = z.uuid();

/** POST /api/v1/ai/feedback; resolves false when the server did not record it. */
export async function sendFeedback(input: {
  sessionId: string;
  recommendationId: string;
  offerId: string;
  position: number;
  feedback: FeedbackKind;
}): Promise<boolean> {
  const body: FeedbackBody = {
    session_id: input.sessionId,
    recommendation_id: input.recommendationId,
    // the endpoint takes catalog ids only; anything else is feedback on the list as a whole
    offer_id: uuid.safeParse(input.offerId).success ? input.offerId : null,
    feedback: input.feedback,
    position: input.position,
  };
  try {
    const response = await fetch("/api/v1/ai/feedback", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return response.ok;
  } catch {
    return false;
  }
}
