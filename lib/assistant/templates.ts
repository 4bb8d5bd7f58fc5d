import { z } from "zod";

/**
 * Quick-start templates for the assistant panel: each asks two or three questions and turns the
 * answers into a plain-language request the parser understands. Pure data, shared by the API
 * (/api/v1/ai/templates) and the panel.
 */
export const templateQuestionSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(["select", "number"]),
  options: z.array(z.string()).optional(),
  default: z.string(),
  unit: z.string().optional(),
});

export const workloadTemplateSchema = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  questions: z.array(templateQuestionSchema).min(2).max(3),
  /** `{question_id}` placeholders filled from the answers */
  prompt: z.string(),
});
export type WorkloadTemplate = z.infer<typeof workloadTemplateSchema>;

export const workloadTemplates: readonly WorkloadTemplate[] = [
  {
    id: "image_generation",
    label: "Image generation",
    description: "Stable Diffusion / SDXL / Flux images",
    questions: [
      { id: "count", label: "How many images?", kind: "number", default: "100", unit: "images" },
      {
        id: "model",
        label: "Which model?",
        kind: "select",
        options: ["SDXL", "SD 1.5", "Flux"],
        default: "SDXL",
      },
      { id: "hours", label: "Within how many hours?", kind: "number", default: "1", unit: "hours" },
    ],
    prompt: "Generate {count} images with {model} within {hours} hours",
  },
  {
    id: "llm_inference",
    label: "LLM inference",
    description: "Serve a chat model to users",
    questions: [
      {
        id: "model",
        label: "Which model?",
        kind: "select",
        options: ["Llama 3 8B", "Llama 3 70B", "Mistral 7B", "Mixtral 8x7B"],
        default: "Llama 3 8B",
      },
      { id: "users", label: "Concurrent users?", kind: "number", default: "10", unit: "users" },
      { id: "hours", label: "For how many hours?", kind: "number", default: "8", unit: "hours" },
    ],
    prompt: "Serve {model} for {users} concurrent users for {hours} hours",
  },
  {
    id: "training",
    label: "Model training",
    description: "Fine-tune or train a model",
    questions: [
      {
        id: "method",
        label: "Method?",
        kind: "select",
        options: ["LoRA fine-tune", "full fine-tune"],
        default: "LoRA fine-tune",
      },
      {
        id: "model",
        label: "Base model?",
        kind: "select",
        options: ["Llama 3 8B", "Mistral 7B", "Llama 3 70B"],
        default: "Llama 3 8B",
      },
      { id: "hours", label: "For how many hours?", kind: "number", default: "12", unit: "hours" },
    ],
    prompt: "{method} {model} for {hours} hours",
  },
  {
    id: "video",
    label: "Video",
    description: "Text-to-video generation",
    questions: [
      { id: "count", label: "How many clips?", kind: "number", default: "20", unit: "videos" },
      { id: "hours", label: "Within how many hours?", kind: "number", default: "2", unit: "hours" },
    ],
    prompt: "Generate {count} videos within {hours} hours",
  },
  {
    id: "data_processing",
    label: "Data processing",
    description: "Embeddings or transcription in batch",
    questions: [
      {
        id: "task",
        label: "What kind?",
        kind: "select",
        options: ["embed documents", "transcribe audio hours"],
        default: "embed documents",
      },
      { id: "amount", label: "How much?", kind: "number", default: "100000" },
      { id: "hours", label: "Within how many hours?", kind: "number", default: "4", unit: "hours" },
    ],
    prompt: "{task}: {amount} within {hours} hours",
  },
];

/** Fills a template's placeholders; unknown or empty answers fall back to the defaults. */
export function renderTemplate(template: WorkloadTemplate, answers: Record<string, string>): string {
  return template.prompt.replace(/\{(\w+)\}/g, (_, id: string) => {
    const q = template.questions.find((x) => x.id === id);
    const given = answers[id]?.trim();
    return given ? given : (q?.default ?? "");
  });
}
