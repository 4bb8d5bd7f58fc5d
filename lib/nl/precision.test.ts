import { describe, expect, it } from "vitest";
import { wordView } from "./context";
import { extractPrecision } from "./precision";
import { createWorkloadContext } from "./workload-context";

const precision = (text: string) => extractPrecision(wordView(createWorkloadContext(text)));

describe("extractPrecision", () => {
  it.each([
    ["in fp16", "fp16"],
    ["bf16 weights", "bf16"],
    ["at fp8", "fp8"],
    ["int8", "int8"],
    ["int4", "int4"],
    ["4-bit", "int4"],
    ["4bit", "int4"],
    ["8 bit", "int8"],
    ["GPTQ", "int4"],
    ["with qlora", "int4"],
    ["half precision", "fp16"],
  ])("reads %s as %s", (text, value) => {
    expect(precision(text)).toBe(value);
  });

  it("is null when no precision is named", () => {
    expect(precision("serve llama 3 70b")).toBeNull();
  });
});
