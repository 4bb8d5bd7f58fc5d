import { index, numeric, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { gpuOffers } from "./catalog";

export const bookings = pgTable(
  "bookings",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: text(),
    userId: text().references(() => users.id),
    offerId: uuid()
      .notNull()
      .references(() => gpuOffers.id),
    providerBookingId: varchar({ length: 255 }),
    idempotencyKey: varchar({ length: 255 }),
    status: varchar({ length: 20 }).notNull().default("pending"),
    durationHours: numeric({ precision: 10, scale: 2 }),
    pricePerHour: numeric({ precision: 12, scale: 4 }),
    startTime: timestamp({ withTimezone: true }),
    endTime: timestamp({ withTimezone: true }),
    totalCost: numeric({ precision: 12, scale: 2 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId), index().on(t.tenantId)],
);
