import { z } from "zod";
import { pageContextSchema } from "@/lib/assistant/chat-schema";

export const parseWorkloadBodySchema = z.object({ text: z.string().min(1).max(4000) });
export const recommendBodySchema = z.object({
  text: z.string().min(1).max(4000),
  context: pageContextSchema.optional(),
});
export const aiChatBodySchema = z.object({
  message: z.string().min(1).max(4000),
  session_id: z.string().min(1).max(255).optional(),
  context: pageContextSchema.optional(),
});
export const sessionParamsSchema = z.object({ session_id: z.string().min(1).max(255) });
