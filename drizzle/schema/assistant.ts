import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { gpuOffers } from "./catalog";

export const aiConversations = pgTable(
  "ai_conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text().references(() => users.id),
    sessionId: varchar({ length: 255 }).notNull().unique(),
    messages: jsonb().notNull().default([]),
    context: jsonb().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/** Implicit and explicit feedback on recommendations: the ALS training signal. */
export const recommendationFeedback = pgTable(
  "recommendation_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text().references(() => users.id),
    sessionId: varchar({ length: 255 }),
    recommendationId: varchar({ length: 255 }),
    offerId: uuid().references(() => gpuOffers.id),
    wasBooked: boolean(),
    explicitFeedback: varchar({ length: 20 }),
    positionInList: integer(),
    algorithmUsed: varchar({ length: 50 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId), index().on(t.offerId)],
);

export const savedSearches = pgTable(
  "saved_searches",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tenantId: text(),
    name: varchar({ length: 255 }).notNull(),
    /** the query string as typed, e.g. `gpu=H100 vram>=80 price<3` */
    query: text().notNull(),
    filters: jsonb().notNull().default({}),
    notifyOnPriceDrop: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);
