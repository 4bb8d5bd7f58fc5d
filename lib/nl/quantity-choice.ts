import type { MediaAmount } from "./media";
import type { CountCandidate } from "./quantity";
import type { QuantityUnit, WorkloadType } from "./schema";
import { type TimeUnit, timeUnitHours } from "./units";

/**
 * Chooses the one amount the planner sizes the job by. A stated number beats the implicit
 * "a/an" = 1; then the unit the workload type is measured in (transcription: audio time;
 * rendering: frames; fine-tuning: samples); then the earliest mention. Epochs count only when
 * no data amount is given. Audio length is kept in the unit the user spoke (minutes stay
 * audio_minutes). A rate times the stated duration gives the total; without a duration the total
 * is unknown (null) but the unit and the hourly rate are kept.
 */

export interface QuantityChoice {
  quantity: number | null;
  unit: QuantityUnit | null;
  perHour: number | null;
}

const preferred: Readonly<Record<WorkloadType, readonly QuantityUnit[]>> = {
  image_generation: ["images"],
  video_generation: ["videos", "video_seconds", "frames", "images"],
  llm_inference: ["tokens", "requests", "documents", "samples"],
  batch_inference: ["documents", "images", "requests", "tokens", "videos", "audio_hours", "audio_minutes"],
  embedding: ["documents", "tokens", "images", "requests"],
  transcription: ["audio_hours", "audio_minutes", "documents", "videos"],
  rendering: ["frames", "images", "videos", "video_seconds"],
  training: ["tokens", "samples", "images", "documents", "audio_hours", "audio_minutes", "epochs"],
  fine_tuning: ["samples", "images", "documents", "tokens", "audio_hours", "audio_minutes", "epochs"],
  other: [],
};

interface Option {
  value: number | null;
  unit: QuantityUnit;
  perHour: number | null;
  explicit: boolean;
  from: number;
}

/** Twelve significant digits: removes binary noise such as 49.99999999999999 for 10 × 5 s. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function mediaOption(media: MediaAmount, type: WorkloadType): Option {
  const audio = media.kind === "audio" || type === "transcription";
  if (!audio)
    return {
      value: tidy(media.hours * 3600),
      unit: "video_seconds",
      perHour: null,
      explicit: true,
      from: media.from,
    };
  const minutes = media.spokenUnit !== "hour";
  return {
    value: tidy(minutes ? media.hours * 60 : media.hours),
    unit: minutes ? "audio_minutes" : "audio_hours",
    perHour: null,
    explicit: true,
    from: media.from,
  };
}

/** Amount per hour for a rate over `per`; seconds and minutes multiply to stay exact. */
function perHour(value: number, per: TimeUnit): number {
  if (per === "second") return value * 3600;
  if (per === "minute") return value * 60;
  return value / timeUnitHours[per];
}

function countOption(count: CountCandidate, durationHours: number | null): Option {
  if (count.per === null || count.value === null) {
    return {
      value: count.value,
      unit: count.unit,
      perHour: null,
      explicit: count.explicit,
      from: count.from,
    };
  }
  const rate = perHour(count.value, count.per);
  const total = durationHours === null ? null : tidy(rate * durationHours);
  return { value: total, unit: count.unit, perHour: tidy(rate), explicit: count.explicit, from: count.from };
}

function rank(option: Option, type: WorkloadType): number {
  const order = preferred[type].indexOf(option.unit);
  const typeRank = order === -1 ? (option.unit === "epochs" ? 100 : 50) : order;
  return (option.explicit ? 0 : 1000) + typeRank;
}

export function chooseQuantity(
  counts: readonly CountCandidate[],
  media: readonly MediaAmount[],
  type: WorkloadType,
  durationHours: number | null,
): QuantityChoice {
  const options = [
    ...media.map((item) => mediaOption(item, type)),
    ...counts.map((item) => countOption(item, durationHours)),
  ]
    .filter((option) => option.value !== null || option.perHour !== null)
    .sort((a, b) => rank(a, type) - rank(b, type) || a.from - b.from);
  const best = options[0];
  if (best === undefined) return { quantity: null, unit: null, perHour: null };
  return { quantity: best.value, unit: best.unit, perHour: best.perHour };
}
