/**
 * Latency of the built-in assistant through /api/chat, measured from outside like a browser:
 * 50 requests with varied realistic prompts in the AI SDK's UI-message wire format, each timed
 * to its first `text-delta` chunk and to the end of the stream. Prints p50 / p95 / max for both.
 * Targets (design property 14): first token p95 ≤ 300 ms, end to end p95 ≤ 2 s.
 *
 * Needs a running server without an LLM configured:
 *   npm start
 *   BASE_URL=http://localhost:3000 npx tsx bench/assistant-latency.ts
 */
import { performance } from "node:perf_hooks";
import { z } from "zod";

const REQUESTS = 50;
const WARM_UP = 3;

const prompts = [
  "I need to process 10 AI images for 1 hour",
  "Generate 500 images with SDXL within 2 hours",
  "Fine-tune Llama 3 8B with LoRA for 12 hours",
  "Serve Mistral 7B for 50 concurrent users for 8 hours",
  "cheapest H100 for 24 hours",
  "I want to train a model on 8 A100s for 3 days in Europe",
  "Transcribe 200 audio hours within 4 hours",
  "embed documents: 1000000 within 6 hours",
  "Generate 20 videos within 2 hours",
  "Run Llama 3 70B inference for 100 users, budget $50",
  "What is the best GPU for Stable Diffusion under $1 per hour?",
  "full fine-tune Mistral 7B for 10 hours on RTX 4090",
] as const;

/** One `data:` line of the UI message stream (SSE); only the chunk type matters here. */
const chunkSchema = z.object({ type: z.string() });

interface Sample {
  firstTokenMs: number;
  totalMs: number;
}

async function timeOne(baseUrl: string, sessionId: string, text: string): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id: sessionId,
      messages: [{ id: `m-${sessionId}`, role: "user", parts: [{ type: "text", text }] }],
      context: { page: "/" },
    }),
  });
  if (!response.ok || !response.body) throw new Error(`/api/chat answered ${response.status}`);
  let firstTokenMs = Number.NaN;
  let buffer = "";
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
      const chunk = chunkSchema.safeParse(JSON.parse(line.slice(6)));
      if (chunk.success && chunk.data.type === "error") throw new Error(`stream error: ${line}`);
      if (chunk.success && chunk.data.type === "text-delta" && Number.isNaN(firstTokenMs))
        firstTokenMs = performance.now() - started;
    }
  }
  if (Number.isNaN(firstTokenMs)) throw new Error(`no text-delta for "${text}"`);
  return { firstTokenMs, totalMs: performance.now() - started };
}

/** Varies the numbers so requests are not identical (the planner has no answer cache, but still). */
function prompt(i: number): string {
  const base = prompts[i % prompts.length] ?? prompts[0];
  return i < prompts.length ? base : base.replace(/\d+/, (n) => String(Number(n) + (i % 7) + 1));
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function summary(label: string, values: number[], targetP95Ms: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = quantile(sorted, 0.95);
  const verdict = p95 <= targetP95Ms ? "meets" : "MISSES";
  return `${label}: p50 ${quantile(sorted, 0.5).toFixed(1)} ms · p95 ${p95.toFixed(1)} ms · max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms (${verdict} p95 ≤ ${targetP95Ms} ms)`;
}

async function main() {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const baseUrl = process.env.BASE_URL?.replace(/\/$/, "");
  if (!baseUrl) {
    print("assistant-latency needs a running server (built-in assistant, no OPENAI_API_KEY):");
    print("  npm start");
    print("  BASE_URL=http://localhost:3000 npx tsx bench/assistant-latency.ts");
    return;
  }
  const run = Date.now().toString(36);
  for (let i = 0; i < WARM_UP; i++) await timeOne(baseUrl, `bench-warm-${run}-${i}`, prompt(i));
  const samples: Sample[] = [];
  for (let i = 0; i < REQUESTS; i++) samples.push(await timeOne(baseUrl, `bench-${run}-${i}`, prompt(i)));

  print(
    `requests: ${samples.length} sequential, ${prompts.length} prompts (after ${WARM_UP} warm-up) → ${baseUrl}`,
  );
  print(
    summary(
      "first text-delta",
      samples.map((s) => s.firstTokenMs),
      300,
    ),
  );
  print(
    summary(
      "end of stream",
      samples.map((s) => s.totalMs),
      2000,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
