import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { aiConversations } from "@/drizzle/schema";
import type { PageContext } from "@/lib/assistant/chat-schema";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Conversation memory per session: the last 10 turns (design requirement 8.6), stored as plain
 * {role, text} entries in ai_conversations.messages, plus the latest page context.
 */
export const MAX_TURNS = 10;

export const storedMessageSchema = z.object({
  role: z.enum(["user", "assistant"]),
  text: z.string(),
  at: z.string(),
  recommendation_id: z.string().optional(),
});
export type StoredMessage = z.infer<typeof storedMessageSchema>;

export interface ConversationContext {
  session_id: string;
  messages: StoredMessage[];
  context: Record<string, unknown>;
  updated_at: string | null;
}

export async function appendTurn(
  db: Executor,
  sessionId: string,
  turn: StoredMessage[],
  context: PageContext | undefined,
): Promise<void> {
  const existing = await getConversation(db, sessionId);
  const messages = [...existing.messages, ...turn].slice(-MAX_TURNS * 2);
  const now = new Date();
  await db
    .insert(aiConversations)
    .values({ sessionId, messages, context: context ?? {}, updatedAt: now })
    .onConflictDoUpdate({
      target: aiConversations.sessionId,
      set: { messages, context: context ?? sql`${aiConversations.context}`, updatedAt: now },
    });
}

export async function getConversation(db: Executor, sessionId: string): Promise<ConversationContext> {
  const [row] = await db
    .select({
      messages: aiConversations.messages,
      context: aiConversations.context,
      updatedAt: aiConversations.updatedAt,
    })
    .from(aiConversations)
    .where(eq(aiConversations.sessionId, sessionId))
    .limit(1);
  const messages = z.array(storedMessageSchema).safeParse(row?.messages ?? []);
  const context = z.record(z.string(), z.unknown()).safeParse(row?.context ?? {});
  return {
    session_id: sessionId,
    messages: messages.success ? messages.data : [],
    context: context.success ? context.data : {},
    updated_at: row?.updatedAt.toISOString() ?? null,
  };
}

export async function requireConversation(db: Executor, sessionId: string): Promise<ConversationContext> {
  const c = await getConversation(db, sessionId);
  if (c.updated_at === null)
    throw new AppError("NOT_FOUND", `No conversation for session '${sessionId}'`, { session_id: sessionId });
  return c;
}
