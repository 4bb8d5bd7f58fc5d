import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWorkload } from "./parse-workload";
import { parsedWorkloadSchema } from "./schema";

describe("parseWorkload", () => {
  it("parses the design's example", () => {
    expect(parseWorkload("I need to process 10 AI images for 1 hour")).toEqual({
      workloadType: "image_generation",
      quantity: 10,
      quantityUnit: "images",
      quantityPerHour: null,
      durationHours: 1,
      model: null,
      precision: null,
      budget: null,
      gpu: null,
      minVramGb: null,
      region: null,
      concurrentUsers: null,
      contextLength: null,
      hints: { quality: null, latency: null, priority: null },
      confidence: 0.8,
      missingFields: [],
    });
  });

  it("parses a request carrying every field", () => {
    const parsed = parseWorkload(
      "serve llama 3 70b in fp8 on 2x H100 SXM for 100 concurrent users, 8k context, for 3 days in Frankfurt, max $9/hr, cheapest",
    );
    expect(parsed).toMatchObject({
      workloadType: "llm_inference",
      durationHours: 72,
      model: { name: "llama-3-70b", paramsBillions: 70 },
      precision: "fp8",
      budget: { amount: 9, currency: "USD", per: "hour" },
      gpu: { model: "H100 SXM", count: 2 },
      region: { country: "DE", continent: "europe" },
      concurrentUsers: 100,
      contextLength: 8192,
      hints: { priority: "cheapest", latency: null, quality: null },
      missingFields: [],
    });
    expect(parsed.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps budget periods, media lengths and GPU names out of the duration and quantity", () => {
    expect(parseWorkload("transcribe 40 hours of audio at $2 an hour")).toMatchObject({
      quantity: 40,
      quantityUnit: "audio_hours",
      durationHours: null,
      budget: { amount: 2, per: "hour" },
    });
    expect(parseWorkload("run mistral 7b on 8 h100s")).toMatchObject({
      quantity: null,
      gpu: { model: "H100", count: 8 },
    });
  });

  it.each(["what's the weather", "hi", "tell me a joke", "thanks!", ""])(
    "treats %j as off-topic with low confidence",
    (text) => {
      const parsed = parseWorkload(text);
      expect(parsed.workloadType).toBe("other");
      expect(parsed.confidence).toBeLessThan(0.3);
    },
  );

  it.each([
    "how do I reset my password",
    "my train is late again",
    "sorry, wrong chat",
    "the meeting is at 3pm",
    "score of the match last night",
    "can you tell me a story about a brain",
    "the table is too small",
    "please cancel my booking",
  ])("keeps the everyday sentence %j off-topic", (text) => {
    expect(parseWorkload(text).workloadType).toBe("other");
  });

  it("is deterministic", () => {
    const text = "fine-tune mistral 7b with qlora on 50k samples, 3 epochs, max 1.5 usd an hour";
    expect(parseWorkload(text)).toEqual(parseWorkload(text));
  });

  it("copes with non-string input from untyped callers", () => {
    expect(parseWorkload(undefined as unknown as string).workloadType).toBe("other");
  });

  it("Property 12: never throws and always returns a schema-valid result for arbitrary text", () => {
    const pieces = fc.constantFrom(
      "10",
      "1.5k",
      "2M",
      "twenty-five",
      "a dozen",
      " images",
      " hours",
      " for ",
      "$2/hr",
      "€300 per month",
      "8x H100",
      "llama 3 70b",
      " in the EU",
      "48GB VRAM",
      "-",
      "x",
      "of",
      "a",
      "an",
      "per",
      "1e6",
      "3d",
      "30m",
      "🙂",
      "日本",
    );
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(" ")),
      fc.string({ minLength: 10_000, maxLength: 10_000 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseWorkload(input);
        expect(parsedWorkloadSchema.safeParse(parsed).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
