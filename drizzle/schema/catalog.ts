import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

/** Money: numeric, never float (DESIGN.md §4). drizzle returns numeric as string; services convert. */
const money = (precision = 12, scale = 4) => numeric({ precision, scale });

export const providers = pgTable("providers", {
  id: uuid().primaryKey().defaultRandom(),
  name: varchar({ length: 100 }).notNull().unique(),
  displayName: varchar({ length: 100 }).notNull(),
  apiBaseUrl: varchar({ length: 500 }).notNull(),
  /** "api" adapters fetch live; "catalog" providers are dated, cited static price tables */
  kind: varchar({ length: 20 }).notNull().default("api"),
  status: varchar({ length: 20 }).notNull().default("active"),
  reliabilityScore: numeric({ precision: 3, scale: 2 }).notNull().default("0.50"),
  lastSyncAt: timestamp({ withTimezone: true }),
  lastError: text(),
  errorCount: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Reference specs and measured throughput per canonical GPU (lib/gpu/benchmarks-data.ts). */
export const gpuBenchmarks = pgTable("gpu_benchmarks", {
  id: uuid().primaryKey().defaultRandom(),
  gpuModel: varchar({ length: 100 }).notNull().unique(),
  vendor: varchar({ length: 20 }).notNull(),
  architecture: varchar({ length: 100 }),
  year: smallint(),
  vramGb: integer(),
  memoryBandwidthGbps: numeric({ precision: 10, scale: 2 }),
  tflopsFp32: numeric({ precision: 10, scale: 2 }),
  tflopsFp16: numeric({ precision: 10, scale: 2 }),
  tflopsBf16: numeric({ precision: 10, scale: 2 }),
  tflopsInt8: numeric({ precision: 10, scale: 2 }),
  tdpWatts: numeric({ precision: 7, scale: 1 }),
  tokensPerSecond7b: numeric({ precision: 10, scale: 2 }),
  tokensPerSecond13b: numeric({ precision: 10, scale: 2 }),
  tokensPerSecond70b: numeric({ precision: 10, scale: 2 }),
  tpsNote: text(),
  imageGenPerMinute: numeric({ precision: 10, scale: 2 }),
  imageNote: text(),
  source: varchar({ length: 255 }).notNull(),
  verifiedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const gpuOffers = pgTable(
  "gpu_offers",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => providers.id),
    externalId: varchar({ length: 255 }).notNull(),
    instanceType: varchar({ length: 255 }).notNull(),
    /** the provider's GPU name, verbatim */
    gpuType: varchar({ length: 100 }).notNull(),
    /** canonical model; null when the provider's name is unknown or ambiguous (never guessed) */
    gpuModel: varchar({ length: 100 }).references(() => gpuBenchmarks.gpuModel),
    gpuIdentity: varchar({ length: 20 }).notNull().default("known"),
    gpuCount: doublePrecision().notNull(),
    vramPerGpuGb: doublePrecision(),
    /** total VRAM of the instance, rounded (the design's column) */
    gpuMemoryGb: integer().notNull(),
    formFactor: varchar({ length: 20 }),
    interconnect: varchar({ length: 50 }),
    cpuCores: integer(),
    ramGb: doublePrecision(),
    storageGb: doublePrecision(),
    /** USD per hour for the whole instance */
    pricePerHour: money().notNull(),
    pricePerGpuHour: money().notNull(),
    spotPricePerHour: money(),
    currency: varchar({ length: 3 }).notNull().default("USD"),
    /** the price as the provider quoted it, in listCurrency */
    listPricePerHour: money().notNull(),
    listCurrency: varchar({ length: 3 }).notNull().default("USD"),
    region: varchar({ length: 50 }).notNull(),
    country: varchar({ length: 2 }),
    continent: varchar({ length: 20 }),
    market: varchar({ length: 20 }).notNull().default("on_demand"),
    availabilityStatus: varchar({ length: 20 }).notNull().default("available"),
    availableCount: integer(),
    complianceTags: text().array().notNull().default(sql`'{}'::text[]`),
    reliability: numeric({ precision: 4, scale: 3 }),
    storagePriceGbMonth: money(),
    egressPriceGb: money(),
    bootTimeS: integer(),
    source: varchar({ length: 20 }).notNull().default("api"),
    observedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ttlS: integer().notNull().default(300),
    stale: boolean().notNull().default(false),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.providerId, t.externalId),
    index().on(t.gpuModel, t.pricePerHour),
    index().on(t.pricePerHour),
    index().on(t.pricePerGpuHour),
    index().on(t.region),
    index().on(t.lastSeenAt),
  ],
);

/**
 * Append-only price and availability history. A trigger (migration 0001) refuses UPDATE and
 * DELETE; BRIN on recorded_at because rows arrive in time order.
 */
export const priceHistory = pgTable(
  "price_history",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    offerId: uuid()
      .notNull()
      .references(() => gpuOffers.id),
    pricePerHour: money().notNull(),
    availabilityStatus: varchar({ length: 20 }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.offerId, t.recordedAt),
    index("price_history_recorded_at_brin").using("brin", t.recordedAt),
  ],
);
