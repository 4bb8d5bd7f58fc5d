import { bigserial, index, integer, jsonb, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

export const eventTopics = ["price_updates", "booking_events", "audit_events", "ai_interactions"] as const;
export type EventTopic = (typeof eventTopics)[number];

/**
 * Transactional outbox (DESIGN.md D3): written in the same transaction as the change, relayed
 * to PartyKit rooms by server/workers. Ordering per key comes from `id`.
 */
export const events = pgTable(
  "events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    topic: varchar({ length: 50 }).notNull(),
    key: varchar({ length: 255 }).notNull(),
    payload: jsonb().notNull(),
    attempts: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.publishedAt, t.id), index().on(t.topic, t.createdAt)],
);
