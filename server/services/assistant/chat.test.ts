import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { readUIMessageStream, simulateReadableStream, type UIMessageChunk } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogTestDatabase } from "@/server/testing/catalog";
import type { TestDatabase } from "@/server/testing/db";
import { startReplayServer } from "@/server/testing/openai-replay-server";
import { chatStream } from "./chat";
import { getConversation } from "./conversation-store";
import type { ChatMessage } from "./messages";

let t: TestDatabase;
beforeAll(async () => {
  t = await createCatalogTestDatabase();
}, 120_000);
afterAll(async () => {
  await t.close();
});

const ask = (text: string): ChatMessage[] => [
  { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] },
];

async function collect(stream: ReadableStream<UIMessageChunk>) {
  const chunks: { chunk: UIMessageChunk; at: number }[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read())
    chunks.push({ chunk: r.value, at: performance.now() });
  const text = chunks.map(({ chunk }) => (chunk.type === "text-delta" ? chunk.delta : "")).join("");
  const data = chunks.map(({ chunk }) => chunk).find((c) => c.type === "data-recommendations");
  return {
    chunks,
    text,
    data: data && "data" in data ? (data.data as { options: { rank: number }[]; answered_by: string }) : null,
  };
}

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

describe("chat with the built-in assistant", () => {
  it("streams the answer and three recommendation cards, and remembers the turn", async () => {
    const session = `s-${crypto.randomUUID()}`;
    const out = await collect(
      chatStream({
        db: t.db,
        sessionId: session,
        messages: ask("I need to process 10 AI images for 1 hour"),
        model: null,
      }),
    );
    expect(out.text).toMatch(/^Based on your request \(10 images.*\), I recommend/);
    expect(out.data?.options.map((o) => o.rank)).toEqual([1, 2, 3]);
    expect(out.data?.answered_by).toBe("builtin");
    expect(out.chunks.filter((c) => c.chunk.type === "text-delta").length).toBeGreaterThan(10);
    const memory = await getConversation(t.db, session);
    expect(memory.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(memory.messages[1]?.text).toBe(out.text);
  });

  it("keeps only the last 10 turns", async () => {
    const session = `s-${crypto.randomUUID()}`;
    for (let i = 0; i < 12; i++) {
      await collect(
        chatStream({
          db: t.db,
          sessionId: session,
          messages: ask(`render ${i + 1} images in 1 hour`),
          model: null,
        }),
      );
    }
    const memory = await getConversation(t.db, session);
    expect(memory.messages).toHaveLength(20);
    expect(memory.messages[0]?.text).toBe("render 3 images in 1 hour");
  });
});

describe("chat with an LLM", () => {
  it("uses tools through a mock model and attaches the same cards", async () => {
    let call = 0;
    const model = new MockLanguageModelV3({
      doStream: async () => {
        call++;
        const chunks: LanguageModelV3StreamPart[] =
          call === 1
            ? [
                {
                  type: "tool-call" as const,
                  toolCallId: "c1",
                  toolName: "recommend",
                  input: JSON.stringify({ request: "10 AI images for 1 hour" }),
                },
                {
                  type: "finish" as const,
                  finishReason: { unified: "tool-calls" as const, raw: "tool_calls" },
                  usage,
                },
              ]
            : [
                { type: "text-start" as const, id: "t" },
                { type: "text-delta" as const, id: "t", delta: "The cheapest good option is ranked first." },
                { type: "text-end" as const, id: "t" },
                { type: "finish" as const, finishReason: { unified: "stop" as const, raw: "stop" }, usage },
              ];
        return { stream: simulateReadableStream({ chunks }) };
      },
    });
    const out = await collect(
      chatStream({ db: t.db, sessionId: "llm-mock", messages: ask("10 AI images for 1 hour"), model }),
    );
    expect(out.text).toContain("The cheapest good option is ranked first.");
    expect(out.data?.answered_by).toBe("llm");
    expect(out.data?.options).toHaveLength(3);
  });

  it("talks to an OpenAI-compatible server that replays scripted tool calls", async () => {
    const server = await startReplayServer([
      { kind: "tool", name: "recommend", args: { request: "I need to process 10 AI images for 1 hour" } },
      { kind: "text", text: "Here are three options, best first." },
    ]);
    try {
      const model = createOpenAI({ apiKey: "test", baseURL: server.baseUrl }).chat("replay");
      const out = await collect(
        chatStream({
          db: t.db,
          sessionId: "llm-replay",
          messages: ask("I need to process 10 AI images for 1 hour"),
          model,
        }),
      );
      expect(out.text).toContain("Here are three options, best first.");
      expect(out.data?.options).toHaveLength(3);
      expect(server.requests).toHaveLength(2);
      const second = server.requests[1] as { messages: { role: string }[] };
      expect(second.messages.some((m) => m.role === "tool")).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("Property 16: an LLM failure falls back to the built-in answer within 500 ms", async () => {
    const server = await startReplayServer([{ kind: "fail" }]);
    try {
      const model = createOpenAI({ apiKey: "test", baseURL: server.baseUrl }).chat("replay");
      const started = performance.now();
      const out = await collect(
        chatStream({ db: t.db, sessionId: "llm-fail", messages: ask("10 AI images for 1 hour"), model }),
      );
      const firstText = out.chunks.find((c) => c.chunk.type === "text-delta");
      expect(out.data?.answered_by).toBe("builtin");
      expect(out.text).toMatch(/^Based on your request/);
      expect((firstText?.at ?? Number.POSITIVE_INFINITY) - started).toBeLessThan(500);
    } finally {
      await server.close();
    }
  });

  it("falls back when the LLM sends nothing within its budget", async () => {
    const server = await startReplayServer([{ kind: "hang" }]);
    try {
      const model = createOpenAI({ apiKey: "test", baseURL: server.baseUrl }).chat("replay");
      const started = performance.now();
      const out = await collect(
        chatStream({
          db: t.db,
          sessionId: "llm-hang",
          messages: ask("10 AI images for 1 hour"),
          model,
          firstChunkBudgetMs: 300,
        }),
      );
      const firstText = out.chunks.find((c) => c.chunk.type === "text-delta");
      expect(out.data?.answered_by).toBe("builtin");
      expect((firstText?.at ?? Number.POSITIVE_INFINITY) - started).toBeLessThan(300 + 500);
    } finally {
      await server.close();
    }
  });

  it("reads back as a UI message with text and data parts", async () => {
    const stream = chatStream({
      db: t.db,
      sessionId: "ui",
      messages: ask("render 5 images in 1 hour"),
      model: null,
    });
    let last: ChatMessage | undefined;
    for await (const message of readUIMessageStream<ChatMessage>({ stream })) last = message;
    expect(last?.parts.some((p) => p.type === "text")).toBe(true);
    expect(last?.parts.some((p) => p.type === "data-recommendations")).toBe(true);
  });
});
