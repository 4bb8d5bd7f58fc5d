import { describe, expect, it } from "vitest";
import { extractContextLength } from "./context-length";
import { createWorkloadContext } from "./workload-context";

const contextLength = (text: string) => extractContextLength(createWorkloadContext(text));

describe("extractContextLength", () => {
  it.each([
    ["8k context", 8192],
    ["128k context window", 131_072],
    ["16k ctx", 16_384],
    ["100k context", 100_000],
    ["32k tokens of context", 32_768],
    ["context length of 32000", 32_000],
    ["context: 4096", 4096],
  ])("reads %s", (text, tokens) => {
    expect(contextLength(text)).toBe(tokens);
  });

  it("ignores counts and resolutions", () => {
    expect(contextLength("8k images at 4k")).toBeNull();
  });
});
