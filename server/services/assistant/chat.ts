import { createOpenAI } from "@ai-sdk/openai";
import {
  convertToModelMessages,
  createUIMessageStream,
  type LanguageModel,
  stepCountIs,
  streamText,
  type UIMessageChunk,
} from "ai";
import type { PageContext } from "@/lib/assistant/chat-schema";
import type { Database } from "@/server/db";
import type { Env } from "@/server/env";
import { logger } from "@/server/logger";
import { recommendationsPart, writeBuiltinAnswer } from "./builtin-answer";
import { appendTurn } from "./conversation-store";
import { assistantTools } from "./llm-tools";
import { type ChatMessage, lastUserText } from "./messages";
import { type Plan, planFromText } from "./planner";

/**
 * /api/chat: one streaming path for both assistants. With an LLM configured it answers with
 * tools; if the model errors or sends nothing within its budget, the built-in answer streams
 * instead (design property 16). Without one, the built-in parser + planner answers directly.
 */
export interface ChatRequest {
  db: Database;
  sessionId: string;
  messages: ChatMessage[];
  context?: PageContext;
  model: LanguageModel | null;
  /** how long the LLM may take to produce its first chunk before we fall back */
  firstChunkBudgetMs?: number;
}

export function llmFromEnv(e: Env): LanguageModel | null {
  if (!e.OPENAI_API_KEY) return null;
  const provider = createOpenAI({ apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL });
  // chat completions: the protocol Ollama, vLLM and other compatible servers speak
  return provider.chat(e.OPENAI_MODEL);
}

const SYSTEM = `You are GPUBROKER's assistant. You help people choose and price cloud GPUs.
Always call the recommend tool with the user's own words before suggesting offers; quote totals from tool results only, never invent prices.
Answer in 2-4 sentences: the best option with its total cost and why, then the alternatives. If confidence is below 0.7, ask the clarifying question.`;

export function chatStream(req: ChatRequest): ReadableStream<UIMessageChunk> {
  const text = lastUserText(req.messages);
  const recommendationId = crypto.randomUUID();
  const visible = refersToVisibleOffers(text) ? req.context?.visible_offer_ids : undefined;
  let answerText = "";

  return createUIMessageStream<ChatMessage>({
    onError: () => "The assistant hit an error; please try again.",
    execute: async ({ writer }) => {
      writer.write({ type: "start" });
      let plan: Plan | null = null;
      // The built-in plan is computed alongside the LLM call, so a failing model costs no extra
      // planning time before the fallback answer starts (design property 16: within 500 ms).
      const fallbackPlan = planFromText(req.db, text, { visibleOfferIds: visible });
      fallbackPlan.catch(() => {});
      const builtin = async (prefix = "") => {
        const p = await fallbackPlan;
        answerText = `${prefix}${p.answer}`;
        writeBuiltinAnswer(writer, p, recommendationId, prefix);
      };

      if (!req.model) {
        await builtin();
      } else {
        const outcome = await streamLlm(req, writer, (p) => {
          plan = p;
        });
        if (outcome.kind === "failed") {
          logger().warn({ reason: outcome.reason }, "LLM failed; answering with the built-in assistant");
          await builtin(
            outcome.partial ? "\n\n(The language model stopped; here is the built-in answer.)\n\n" : "",
          );
        } else {
          answerText = outcome.text;
          const p: Plan | null = plan;
          if (p)
            writer.write({
              type: "data-recommendations",
              data: recommendationsPart(p, recommendationId, "llm"),
            });
        }
      }
      writer.write({ type: "finish" });
      await appendTurn(
        req.db,
        req.sessionId,
        [
          { role: "user", text, at: new Date().toISOString() },
          {
            role: "assistant",
            text: answerText,
            at: new Date().toISOString(),
            recommendation_id: recommendationId,
          },
        ],
        req.context,
      ).catch((error: unknown) => logger().error({ err: error }, "could not store the conversation turn"));
    },
  });
}

type LlmOutcome = { kind: "ok"; text: string } | { kind: "failed"; reason: string; partial: boolean };

async function streamLlm(
  req: ChatRequest,
  writer: { write(chunk: UIMessageChunk): void },
  onPlan: (plan: Plan) => void,
): Promise<LlmOutcome> {
  const model = req.model;
  if (!model) return { kind: "failed", reason: "no model", partial: false };
  const abort = new AbortController();
  let failure: string | null = null;
  const result = streamText({
    model,
    system: SYSTEM,
    messages: await convertToModelMessages(req.messages.slice(-20)),
    tools: assistantTools(req.db, req.context, onPlan),
    stopWhen: stepCountIs(4),
    abortSignal: abort.signal,
    maxRetries: 0,
    onError: ({ error }) => {
      failure = error instanceof Error ? error.message : String(error);
    },
  });
  const reader = result.toUIMessageStream({ sendStart: false, sendFinish: false }).getReader();
  const budget = req.firstChunkBudgetMs ?? 4000;
  let text = "";
  let wrote = false;
  try {
    const first = await Promise.race([
      reader.read(),
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), budget)),
    ]);
    if (first === "timeout") {
      abort.abort();
      return { kind: "failed", reason: `no output within ${budget} ms`, partial: false };
    }
    for (let chunk = first; !chunk.done; chunk = await reader.read()) {
      const c = chunk.value;
      if (c.type === "error") return { kind: "failed", reason: failure ?? c.errorText, partial: wrote };
      if (c.type === "text-delta") text += c.delta;
      writer.write(c);
      wrote = true;
    }
  } catch (error) {
    return { kind: "failed", reason: error instanceof Error ? error.message : String(error), partial: wrote };
  }
  if (failure) return { kind: "failed", reason: failure, partial: wrote };
  if (!text.trim()) return { kind: "failed", reason: "empty answer", partial: wrote };
  return { kind: "ok", text };
}

/**
 * "the best option for my current search", "which of these", "on screen": the user means the
 * offers they are looking at, so the planner ranks exactly those.
 */
export function refersToVisibleOffers(text: string): boolean {
  return /\b(current|this|my)\s+(search|list|results?|filters?|page)\b|\bthese\b|\bon (the )?screen\b|\bvisible\b|\bshown\b/i.test(
    text,
  );
}
