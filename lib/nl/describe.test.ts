import { describe, expect, it } from "vitest";
import { describeWorkload, formatDuration, formatNumber } from "./describe";
import { parseWorkload } from "./parse-workload";

const summary = (text: string) => describeWorkload(parseWorkload(text));

describe("describeWorkload", () => {
  it("summarises the design's example", () => {
    expect(summary("I need to process 10 AI images for 1 hour")).toBe(
      "10 images with an image model for 1 hour",
    );
  });

  it("names the model, GPUs, users, duration, region and budget", () => {
    expect(
      summary("serve llama 3 70b on 2x h100 for 100 concurrent users for 3 days in germany, max $9/hr"),
    ).toBe(
      "LLM inference with llama-3-70b on 2× H100 for 100 concurrent users for 3 days in DE, within $9/hour",
    );
  });

  it("speaks in the units of the quantity", () => {
    expect(summary("transcribe 40 hours of podcasts with whisper large v3 in the EU")).toBe(
      "40 hours of audio with whisper-large-v3 in Europe",
    );
    expect(summary("embed 1.5M documents")).toBe("1,500,000 documents with an embedding model");
  });

  it("reads training data as data for the job", () => {
    expect(summary("fine-tune llama-3-8b on 20k samples, under $1.5/hr")).toBe(
      "20,000 samples for fine-tuning llama-3-8b, within $1.50/hour",
    );
    expect(summary("classify 250,000 tickets")).toBe("250,000 documents with batch inference");
  });

  it("mentions a rate when the total is unknown", () => {
    expect(summary("chatbot, 10k requests per day")).toBe("LLM inference at 416.67 requests/hour");
  });

  it("falls back to GPU time for requests without a workload", () => {
    expect(summary("8x H100 for 10 hours")).toBe("GPU time on 8× H100 for 10 hours");
    expect(summary("hi")).toBe("GPU time");
  });
});

describe("formatters", () => {
  it("groups thousands and trims decimals", () => {
    expect(formatNumber(2_000_000)).toBe("2,000,000");
    expect(formatNumber(1.5)).toBe("1.5");
    expect(formatNumber(0.333333)).toBe("0.33");
  });

  it("picks minutes, hours or days", () => {
    expect(formatDuration(0.5)).toBe("30 minutes");
    expect(formatDuration(1)).toBe("1 hour");
    expect(formatDuration(2.5)).toBe("2.5 hours");
    expect(formatDuration(72)).toBe("3 days");
    expect(formatDuration(730)).toBe("730 hours");
  });
});
