import type { ModelCategory } from "./model-catalog";
import type { WorkloadType } from "./schema";
import { decisiveTypes, decisiveWeight, type Keyword, keywords, typePriority } from "./workload-keywords";

/**
 * Workload type by weighted keyword evidence (workload-keywords.ts) plus what the other
 * extractors found: a named model says which kind of job it serves, audio or video amounts
 * point to transcription or video generation, and a concurrency figure points to serving.
 * Fine-tuning and training words decide outright. Below a total of 1.5 nothing is claimed and
 * the type is "other" — small talk and GPU-shopping questions land there.
 */

export interface TypeSignals {
  modelCategories: readonly ModelCategory[];
  mediaKinds: readonly ("audio" | "video")[];
  hasConcurrency: boolean;
}

export interface TypeScore {
  type: WorkloadType;
  /** evidence for the chosen type */
  score: number;
  /** evidence for the strongest other type */
  runnerUp: number;
  /** true when a fine-tuning / training keyword decided */
  decisive: boolean;
}

const categoryType: Readonly<Record<ModelCategory, readonly [WorkloadType, number]>> = {
  llm: ["llm_inference", 2],
  image: ["image_generation", 3],
  video: ["video_generation", 3],
  audio: ["transcription", 4],
  embedding: ["embedding", 3],
};

const byFirstWord = new Map<string, Keyword[]>();
for (const keyword of keywords) {
  const first = keyword.words[0] ?? "";
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), keyword]);
}

const minimumEvidence = 1.5;

/** "my train", "the train": the noun, not the verb. */
const determiners: ReadonlySet<string> = new Set([
  "a",
  "the",
  "my",
  "our",
  "your",
  "this",
  "that",
  "his",
  "her",
  "their",
]);
const verbAlsoNoun: ReadonlySet<string> = new Set(["train", "trains"]);

function keywordHits(words: readonly string[]): Keyword[] {
  const hits: Keyword[] = [];
  words.forEach((word, i) => {
    if (verbAlsoNoun.has(word) && determiners.has(words[i - 1] ?? "")) return;
    for (const keyword of byFirstWord.get(word) ?? []) {
      if (keyword.words.every((part, k) => words[i + k] === part)) hits.push(keyword);
    }
  });
  return hits;
}

export function classifyWorkload(words: readonly string[], signals: TypeSignals): TypeScore {
  const scores = new Map<WorkloadType, number>();
  const add = (type: WorkloadType, weight: number) => scores.set(type, (scores.get(type) ?? 0) + weight);
  const hits = keywordHits(words);
  for (const hit of hits) add(hit.type, hit.weight);
  for (const category of signals.modelCategories) add(...categoryType[category]);
  for (const kind of signals.mediaKinds) add(kind === "audio" ? "transcription" : "video_generation", 1.5);
  if (signals.hasConcurrency) add("llm_inference", 1);

  const ranked = [...scores.entries()].sort(
    ([typeA, a], [typeB, b]) => b - a || typePriority.indexOf(typeA) - typePriority.indexOf(typeB),
  );
  const decisive = decisiveTypes.find((type) =>
    hits.some((hit) => hit.type === type && hit.weight >= decisiveWeight),
  );
  if (decisive !== undefined) {
    const runnerUp = Math.max(0, ...ranked.filter(([type]) => type !== decisive).map(([, score]) => score));
    return { type: decisive, score: scores.get(decisive) ?? 0, runnerUp, decisive: true };
  }
  const [best, second] = ranked;
  if (best === undefined || best[1] < minimumEvidence) {
    return { type: "other", score: best?.[1] ?? 0, runnerUp: 0, decisive: false };
  }
  return { type: best[0], score: best[1], runnerUp: second?.[1] ?? 0, decisive: false };
}
