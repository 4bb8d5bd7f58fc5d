import { boolean, index, integer, pgTable, primaryKey, text, timestamp, varchar } from "drizzle-orm/pg-core";

/*
 * Identity tables in the shape Better Auth (DESIGN.md D1) expects for its core schema and the
 * organization / two-factor / jwt plugins, mapped onto the design's names: Better Auth's `user`
 * is our `users`, its `organization` is our `tenants`. Ids are text because Better Auth generates
 * them; design columns (plan, api_calls_limit, role, ...) ride along as additional fields.
 */

export const tenants = pgTable("tenants", {
  id: text().primaryKey(),
  name: varchar({ length: 255 }).notNull(),
  slug: varchar({ length: 255 }).unique(),
  logo: text(),
  metadata: text(),
  plan: varchar({ length: 50 }).notNull().default("free"),
  apiCallsLimit: integer().notNull().default(100),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable("users", {
  id: text().primaryKey(),
  email: varchar({ length: 255 }).notNull().unique(),
  emailVerified: boolean().notNull().default(false),
  name: varchar({ length: 255 }).notNull(),
  image: text(),
  role: varchar({ length: 50 }).notNull().default("user"),
  twoFactorEnabled: boolean().notNull().default(false),
  isActive: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ipAddress: text(),
    userAgent: text(),
    activeOrganizationId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: text().notNull(),
    providerId: text().notNull(),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    refreshTokenExpiresAt: timestamp({ withTimezone: true }),
    scope: text(),
    password: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

export const verifications = pgTable("verifications", {
  id: text().primaryKey(),
  identifier: text().notNull(),
  value: text().notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const members = pgTable(
  "members",
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: varchar({ length: 50 }).notNull().default("member"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId), index().on(t.userId)],
);

export const invitations = pgTable("invitations", {
  id: text().primaryKey(),
  organizationId: text()
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  email: varchar({ length: 255 }).notNull(),
  role: varchar({ length: 50 }),
  status: varchar({ length: 20 }).notNull().default("pending"),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  inviterId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const twoFactors = pgTable("two_factors", {
  id: text().primaryKey(),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text().notNull(),
  backupCodes: text().notNull(),
});

export const jwks = pgTable("jwks", {
  id: text().primaryKey(),
  publicKey: text().notNull(),
  privateKey: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Per-tenant idempotency records (booking and other unsafe POSTs): unique per tenant and key. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tenantId: text().notNull(),
    key: varchar({ length: 255 }).notNull(),
    requestHash: varchar({ length: 64 }).notNull(),
    /** "in_progress" while the first request runs; "completed" once the response is stored */
    status: varchar({ length: 20 }).notNull().default("in_progress"),
    responseStatus: integer(),
    responseBody: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);
