import { describe, expect, it } from "vitest";
import { clarifyingQuestion } from "./clarify";
import { parseWorkload } from "./parse-workload";

const ask = (text: string) => clarifyingQuestion(parseWorkload(text));

describe("clarifyingQuestion", () => {
  it("asks what to run for small talk", () => {
    expect(ask("hi")).toMatch(/^What would you like to run/);
  });

  it("asks for the amount in the workload's own terms", () => {
    expect(ask("i want to run stable diffusion")).toBe("How many images do you need to generate?");
    expect(ask("transcribe my podcast with whisper for 2 hours")).toBe(
      "How many hours of audio do you need to transcribe?",
    );
  });

  it("asks for the duration when that is all that is missing", () => {
    expect(ask("generate 500 product photos with sdxl")).toMatch(/^How long do you need the GPUs for/);
  });

  it("asks for the model size of LLM work", () => {
    expect(ask("host a chatbot for 50 users for a week")).toMatch(/^Which model/);
  });

  it("asks nothing about a clear, complete request", () => {
    expect(ask("I need to process 10 AI images for 1 hour")).toBeNull();
  });

  it("confirms a complete but low-confidence request", () => {
    const parsed = { ...parseWorkload("I need to process 10 AI images for 1 hour"), confidence: 0.5 };
    expect(clarifyingQuestion(parsed)).toBe(
      "Just to check — you want 10 images with an image model for 1 hour. Is that right?",
    );
  });
});
