import { bigserial, index, inet, jsonb, pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";

/**
 * Hash-chained audit log: current_hash = sha256(previous_hash || canonical_json(entry)),
 * written serially (DESIGN.md §4, design property 17). `seq` gives the chain its order.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    tenantId: text(),
    userId: text(),
    action: varchar({ length: 100 }).notNull(),
    resourceType: varchar({ length: 50 }),
    resourceId: text(),
    details: jsonb().notNull().default({}),
    ipAddress: inet(),
    previousHash: varchar({ length: 64 }).notNull(),
    currentHash: varchar({ length: 64 }).notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.tenantId, t.seq)],
);
