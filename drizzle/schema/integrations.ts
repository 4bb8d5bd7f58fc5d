import { pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { providers } from "./catalog";

/**
 * Provider credentials entered through /config/integrations, encrypted with AES-256-GCM under
 * CREDENTIALS_ENCRYPTION_KEY (DESIGN.md D7: replaces Vault). Never returned by any API.
 */
export const providerIntegrations = pgTable("provider_integrations", {
  providerId: uuid()
    .primaryKey()
    .references(() => providers.id, { onDelete: "cascade" }),
  /** base64(iv ‖ auth tag ‖ ciphertext) of the JSON credentials */
  encryptedCredentials: text().notNull(),
  /** green = validated, yellow = stored but not validated yet / unreachable, red = rejected */
  status: varchar({ length: 10 }).notNull().default("yellow"),
  lastValidatedAt: timestamp({ withTimezone: true }),
  lastError: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
