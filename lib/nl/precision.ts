import type { Precision } from "./schema";

/**
 * Numeric precision or quantisation the user asked for. "4-bit", GPTQ, AWQ, NF4, Q4 GGUF and
 * QLoRA (whose base model is loaded in 4-bit NF4 — Dettmers et al. 2023) all mean int4; "8-bit"
 * and Q8 mean int8; "half precision" fp16. Works on the word view, where "fp16" is "fp" "16".
 */

const pairs: Readonly<Record<string, Precision>> = {
  "fp 32": "fp32",
  "fp 16": "fp16",
  "bf 16": "bf16",
  "fp 8": "fp8",
  "fp 4": "fp4",
  "float 32": "fp32",
  "float 16": "fp16",
  "bfloat 16": "bf16",
  "int 8": "int8",
  "int 4": "int4",
  "nf 4": "int4",
  "q 4": "int4",
  "q 8": "int8",
  "4 bit": "int4",
  "8 bit": "int8",
  "16 bit": "fp16",
  "32 bit": "fp32",
  "half precision": "fp16",
  "full precision": "fp32",
};
const singles: Readonly<Record<string, Precision>> = {
  gptq: "int4",
  awq: "int4",
  qlora: "int4",
  fp16: "fp16",
  bf16: "bf16",
};

export function extractPrecision(words: readonly string[]): Precision | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const pair = pairs[`${word} ${words[i + 1] ?? ""}`];
    if (pair !== undefined) return pair;
    const single = singles[word];
    if (single !== undefined) return single;
  }
  return null;
}
