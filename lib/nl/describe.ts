import type { Budget, ParsedWorkload, QuantityUnit, WorkloadType } from "./schema";

/**
 * One-line human summary of a parsed request for the assistant's replies, e.g.
 * "10 images with an image model for 1 hour" or "LLM inference with llama-3-70b for 100
 * concurrent users for 3 days in DE, within $2/hour". Only what was parsed is said.
 */

const activity: Readonly<Record<WorkloadType, string>> = {
  image_generation: "image generation",
  llm_inference: "LLM inference",
  training: "model training",
  fine_tuning: "fine-tuning",
  video_generation: "video generation",
  embedding: "embedding",
  transcription: "transcription",
  batch_inference: "batch inference",
  rendering: "rendering",
  other: "GPU time",
};

/** How a quantity is joined to the job when no model was named ("10 images with an image model"). */
const defaultModel: Readonly<Record<WorkloadType, string>> = {
  image_generation: "an image model",
  llm_inference: "an LLM",
  training: "a model",
  fine_tuning: "a model",
  video_generation: "a video model",
  embedding: "an embedding model",
  transcription: "a speech-to-text model",
  batch_inference: "batch inference",
  rendering: "a renderer",
  other: "a GPU",
};

/** Training jobs read "<data> for fine-tuning <model>"; everything else "<work> with <model>". */
const linkWords: Readonly<Record<WorkloadType, string>> = {
  image_generation: "with",
  llm_inference: "with",
  training: "for training",
  fine_tuning: "for fine-tuning",
  video_generation: "with",
  embedding: "with",
  transcription: "with",
  batch_inference: "with",
  rendering: "with",
  other: "on",
};

const unitNames: Readonly<Record<QuantityUnit, readonly [string, string]>> = {
  images: ["image", "images"],
  videos: ["video", "videos"],
  video_seconds: ["second of video", "seconds of video"],
  tokens: ["token", "tokens"],
  requests: ["request", "requests"],
  documents: ["document", "documents"],
  audio_hours: ["hour of audio", "hours of audio"],
  audio_minutes: ["minute of audio", "minutes of audio"],
  frames: ["frame", "frames"],
  samples: ["sample", "samples"],
  epochs: ["epoch", "epochs"],
};

const continentNames: Readonly<Record<string, string>> = {
  north_america: "North America",
  south_america: "South America",
  europe: "Europe",
  asia: "Asia",
  oceania: "Oceania",
  africa: "Africa",
  middle_east: "the Middle East",
};

const currencySigns: Readonly<Record<Budget["currency"], string>> = { USD: "$", EUR: "€", GBP: "£" };

/** Grouped thousands for integers, up to two decimals otherwise; locale-independent. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

function plural(value: number, names: readonly [string, string]): string {
  return `${formatNumber(value)} ${value === 1 ? names[0] : names[1]}`;
}

export function formatDuration(hours: number): string {
  if (hours < 1) return plural(Math.round(hours * 60 * 100) / 100, ["minute", "minutes"]);
  if (hours >= 48 && hours % 24 === 0) return plural(hours / 24, ["day", "days"]);
  return plural(hours, ["hour", "hours"]);
}

function formatBudget(budget: Budget): string {
  const figure = Number.isInteger(budget.amount) ? formatNumber(budget.amount) : budget.amount.toFixed(2);
  const amount = `${currencySigns[budget.currency]}${figure}`;
  return budget.per === "total" ? `${amount} total` : `${amount}/${budget.per}`;
}

function modelPhrase(p: ParsedWorkload): string | null {
  if (p.model?.name != null) return p.model.name;
  if (p.model?.paramsBillions != null) return `a ${formatNumber(p.model.paramsBillions)}B model`;
  return null;
}

export function describeWorkload(p: ParsedWorkload): string {
  const parts: string[] = [];
  const model = modelPhrase(p);
  if (p.quantity !== null && p.quantityUnit !== null) {
    parts.push(
      `${plural(p.quantity, unitNames[p.quantityUnit])} ${linkWords[p.workloadType]} ${model ?? defaultModel[p.workloadType]}`,
    );
  } else {
    parts.push(model === null ? activity[p.workloadType] : `${activity[p.workloadType]} with ${model}`);
  }
  if (p.quantity === null && p.quantityPerHour !== null && p.quantityUnit !== null) {
    parts.push(`at ${formatNumber(p.quantityPerHour)} ${unitNames[p.quantityUnit][1]}/hour`);
  }
  if (p.gpu !== null) {
    const name = p.gpu.model ?? (p.gpu.count === 1 ? "GPU" : "GPUs");
    parts.push(
      p.gpu.count === null || (p.gpu.model === null && p.gpu.count === 1)
        ? `on ${name}`
        : `on ${p.gpu.count}× ${name}`,
    );
  }
  if (p.concurrentUsers !== null)
    parts.push(`for ${plural(p.concurrentUsers, ["concurrent user", "concurrent users"])}`);
  if (p.durationHours !== null) parts.push(`for ${formatDuration(p.durationHours)}`);
  if (p.region !== null) {
    parts.push(
      `in ${p.region.country ?? (p.region.continent === null ? p.region.raw : continentNames[p.region.continent])}`,
    );
  }
  let text = parts.join(" ");
  if (p.budget !== null) text += `, within ${formatBudget(p.budget)}`;
  return text;
}
