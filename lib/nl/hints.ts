import type { Hints } from "./schema";

/**
 * Quality, latency and priority hints from plain phrases. Asking for both cheap and fast means
 * a balanced choice. "overnight" and "no rush" say latency does not matter (batch); a chatbot is
 * interactive; "real-time", "live" and "streaming" are realtime.
 */

type PhraseTable<T extends string> = ReadonlyArray<readonly [T, string]>;

const quality: PhraseTable<"draft" | "standard" | "high"> = [
  [
    "high",
    "high quality|hq|hi res|high res|high resolution|photorealistic|best quality|production quality|4 k|ultra|highly detailed|midjourney like quality",
  ],
  ["draft", "draft|preview|previews|low res|low quality|rough|sketch|sketches|prototype"],
  ["standard", "standard quality|normal quality|medium quality|decent quality"],
];
const latency: PhraseTable<"realtime" | "interactive" | "batch"> = [
  ["realtime", "real time|realtime|live|streaming|instant|low latency"],
  ["interactive", "chat|chatbot|chatbots|interactive|responsive|assistant"],
  ["batch", "batch|offline|overnight|no rush|not urgent|whenever|background|by tomorrow|by friday"],
];
const priority: PhraseTable<"cheapest" | "fastest" | "balanced"> = [
  [
    "balanced",
    "balanced|best value|good value|bang for buck|bang for the buck|price performance|value for money",
  ],
  [
    "cheapest",
    "cheap|cheapest|cheaper|lowest cost|low cost|affordable|inexpensive|save money|cost effective|economical",
  ],
  ["fastest", "fastest|fast|asap|quickly|urgent|urgently|as fast as possible|quick"],
];

function compile<T extends string>(table: PhraseTable<T>): ReadonlyArray<readonly [T, readonly string[][]]> {
  return table.map(([value, list]) => [value, list.split("|").map((phrase) => phrase.split(" "))] as const);
}

const compiled = { quality: compile(quality), latency: compile(latency), priority: compile(priority) };

function matches(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, i) => phrase.every((part, k) => words[i + k] === part));
}

function found<T extends string>(
  words: readonly string[],
  table: ReadonlyArray<readonly [T, readonly string[][]]>,
): T[] {
  return table
    .filter(([, phrases]) => phrases.some((phrase) => matches(words, phrase)))
    .map(([value]) => value);
}

export function extractHints(words: readonly string[]): Hints {
  const priorities = found(words, compiled.priority);
  const bothEnds = priorities.includes("cheapest") && priorities.includes("fastest");
  return {
    quality: found(words, compiled.quality)[0] ?? null,
    latency: found(words, compiled.latency)[0] ?? null,
    priority: bothEnds ? "balanced" : (priorities[0] ?? null),
  };
}
