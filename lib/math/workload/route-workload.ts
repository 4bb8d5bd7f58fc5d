import type { EstimateNotes, WorkloadDemand } from "./demand";
import { embeddingDemand } from "./embedding";
import { generalComputeDemand } from "./general-compute";
import { imageDemand } from "./image-generation";
import { llmDemand } from "./llm-inference";
import { findModel } from "./models";
import { trainingDemand } from "./training";
import { transcriptionDemand } from "./transcription";
import type { WorkloadInput } from "./types";
import { videoDemand } from "./video-generation";

/**
 * Picks the estimator for a workload type. batch_inference runs whatever model it names, so it
 * is routed by the model's kind (an SDXL batch is image generation) and defaults to LLM
 * generation with batched concurrency.
 */
export function demandFor(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  switch (input.workloadType) {
    case "llm_inference":
      return llmDemand(input, notes);
    case "image_generation":
      return imageDemand(input, notes);
    case "video_generation":
      return videoDemand(input, notes);
    case "training":
    case "fine_tuning":
      return trainingDemand(input, notes);
    case "embedding":
      return embeddingDemand(input, notes);
    case "transcription":
      return transcriptionDemand(input, notes);
    case "batch_inference": {
      const kind = input.model ? findModel(input.model)?.kind : undefined;
      if (kind === "image") return imageDemand(input, notes);
      if (kind === "video") return videoDemand(input, notes);
      if (kind === "speech") return transcriptionDemand(input, notes);
      if (kind === "embedding") return embeddingDemand(input, notes);
      return llmDemand(input, notes);
    }
    case "rendering":
    case "other":
      return generalComputeDemand(input, notes);
  }
}
