import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpuOffers, priceHistory, providers } from "@/drizzle/schema";
import { errorChainText, sqlState } from "@/server/db/errors";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";

let t: TestDatabase;
let offerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const [provider] = await t.db
    .insert(providers)
    .values({ name: "testcloud", displayName: "Test Cloud", apiBaseUrl: "https://example.test" })
    .returning({ id: providers.id });
  if (!provider) throw new Error("provider insert returned nothing");
  const [offer] = await t.db
    .insert(gpuOffers)
    .values({
      providerId: provider.id,
      externalId: "a",
      instanceType: "x1",
      gpuType: "Test GPU",
      gpuCount: 1,
      gpuMemoryGb: 24,
      pricePerHour: "1.2345",
      pricePerGpuHour: "1.2345",
      listPricePerHour: "1.2345",
      region: "us-east-1",
    })
    .returning({ id: gpuOffers.id });
  if (!offer) throw new Error("offer insert returned nothing");
  offerId = offer.id;
  await t.db
    .insert(priceHistory)
    .values({ offerId, pricePerHour: "1.2345", availabilityStatus: "available" });
});

/** Runs a statement expected to fail and returns its cause chain and SQLSTATE. */
async function failure(
  statement: PromiseLike<unknown>,
): Promise<{ text: string; state: string | undefined }> {
  try {
    await statement;
  } catch (error) {
    return { text: errorChainText(error), state: sqlState(error) };
  }
  throw new Error("statement succeeded but should have been refused");
}

afterAll(async () => {
  await t.close();
});

describe(`price_history is append-only (Property 3) on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("accepts inserts and keeps numeric money exact", async () => {
    await t.db
      .insert(priceHistory)
      .values({ offerId, pricePerHour: "0.0001", availabilityStatus: "sold_out" });
    const rows = await t.db
      .select({ price: priceHistory.pricePerHour, status: priceHistory.availabilityStatus })
      .from(priceHistory)
      .where(eq(priceHistory.offerId, offerId))
      .orderBy(priceHistory.id);
    expect(rows).toEqual([
      { price: "1.2345", status: "available" },
      { price: "0.0001", status: "sold_out" },
    ]);
  });

  it("refuses UPDATE", async () => {
    const refused = await failure(t.db.update(priceHistory).set({ pricePerHour: "9.9999" }));
    expect(refused.text).toContain("price_history is append-only: UPDATE refused");
    expect(refused.state).toBe("42501");
    const [row] = await t.db
      .select({ price: priceHistory.pricePerHour })
      .from(priceHistory)
      .orderBy(priceHistory.id)
      .limit(1);
    expect(row?.price).toBe("1.2345");
  });

  it("refuses DELETE and TRUNCATE", async () => {
    expect((await failure(t.db.delete(priceHistory))).text).toContain("append-only: DELETE refused");
    expect((await failure(t.db.execute(sql`TRUNCATE price_history`))).text).toContain(
      "append-only: TRUNCATE refused",
    );
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(priceHistory);
    expect(count?.n).toBeGreaterThanOrEqual(1);
  });

  it("requires the offer to exist", async () => {
    const refused = await failure(
      t.db.insert(priceHistory).values({
        offerId: "00000000-0000-4000-8000-000000000000",
        pricePerHour: "1",
        availabilityStatus: "available",
      }),
    );
    expect(refused.state).toBe("23503"); // foreign_key_violation
  });
});
