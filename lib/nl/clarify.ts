import { describeWorkload } from "./describe";
import type { MissingField, ParsedWorkload, WorkloadType } from "./schema";

/**
 * The single most useful question to ask next: about the first missing field (the order of
 * `missingFields` is the order of importance), phrased for the workload type; or, when
 * nothing is missing but confidence is below 0.7, a confirmation of what was understood.
 * Null when the request is clear enough to plan.
 */

export const askBelowConfidence = 0.7;

const quantityQuestions: Readonly<Record<WorkloadType, string>> = {
  image_generation: "How many images do you need to generate?",
  llm_inference:
    "Roughly how much traffic do you expect — tokens or requests in total, or how many concurrent users?",
  training: "How large is the training set (samples or tokens), and for how many epochs?",
  fine_tuning: "How large is your fine-tuning dataset (number of examples or tokens)?",
  video_generation: "How many videos do you need, and how long should each one be?",
  embedding: "How many documents (or tokens) do you need to embed?",
  transcription: "How many hours of audio do you need to transcribe?",
  batch_inference: "How many items (documents, images or requests) does the batch contain?",
  rendering: "How many frames do you need to render?",
  other: "How much work is it?",
};

const questions: Readonly<Record<Exclude<MissingField, "quantity">, string>> = {
  workload_type:
    "What would you like to run on the GPU — for example image generation, serving or fine-tuning an LLM, transcription, embeddings or rendering?",
  duration_hours:
    "How long do you need the GPUs for (for example 2 hours, 3 days), or by when must the job finish?",
  model: "Which model do you plan to use, or at least its size (for example 7B or 70B parameters)?",
};

export function clarifyingQuestion(p: ParsedWorkload): string | null {
  const first = p.missingFields[0];
  if (first === "quantity") return quantityQuestions[p.workloadType];
  if (first !== undefined) return questions[first];
  if (p.confidence < askBelowConfidence)
    return `Just to check — you want ${describeWorkload(p)}. Is that right?`;
  return null;
}
