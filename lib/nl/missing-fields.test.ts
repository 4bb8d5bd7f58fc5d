import { describe, expect, it } from "vitest";
import { missingFields } from "./missing-fields";
import { parseWorkload } from "./parse-workload";

const missing = (text: string) => missingFields(parseWorkload(text));

describe("missingFields", () => {
  it("asks for the duration when only that is missing", () => {
    expect(missing("generate 500 product photos with sdxl")).toEqual(["duration_hours"]);
  });

  it("asks for nothing when quantity and duration are known", () => {
    expect(missing("I need to process 10 AI images for 1 hour")).toEqual([]);
  });

  it("asks for the workload type first for small talk", () => {
    expect(missing("hi")).toEqual(["workload_type", "duration_hours"]);
  });

  it("asks LLM work for the model, and accepts concurrent users instead of a quantity", () => {
    expect(missing("host a chatbot for 3 days")).toEqual(["quantity", "model"]);
    expect(missing("serve llama 3 70b for 100 concurrent users for 3 days")).toEqual([]);
  });

  it("needs only the duration to turn a rate into a total", () => {
    expect(missing("generate 200 images per hour")).toEqual(["duration_hours"]);
  });
});
