import { estimatedShape } from "./llm-memory";
import { findModel, type ModelKind, type ModelSpec, paramsFromName } from "./models";
import type { EstimateBasis, GpuCapability, Throughput, WorkloadInput } from "./types";

/**
 * The common shape every workload estimator reduces a request to, so one mapper can rank GPUs
 * for all of them: how much memory one copy of the job needs, how many GPUs of a given model
 * hold that copy, and how long the whole job takes on such a group. Also the model resolution
 * shared by the estimators, and the notes (assumptions, questions for the user) they collect.
 */
export interface GroupRun {
  /** hours for the whole job on one group; null when there is no speed figure or no amount of work */
  computeHours: number | null;
  throughput: Throughput | null;
  basis: EstimateBasis;
}

export interface WorkloadDemand {
  requiredVramGb: number;
  /** GPUs of this model per copy of the job, or null when it cannot hold it */
  groupSize(gpu: GpuCapability): number | null;
  run(gpu: GpuCapability, groupSize: number): GroupRun;
  /** false when the request names no amount of work (then only a duration can price it) */
  hasWork: boolean;
  /** the snake_case input field that would give the amount of work */
  workField: string;
}

export interface EstimateNotes {
  readonly clarificationFields: string[];
  readonly assumptions: string[];
}

export function createNotes(): EstimateNotes {
  return { clarificationFields: [], assumptions: [] };
}

export function clarify(notes: EstimateNotes, field: string, assumption: string): void {
  if (!notes.clarificationFields.includes(field)) notes.clarificationFields.push(field);
  notes.assumptions.push(assumption);
}

/** A table row for a model known only by its size: LLM-shaped, architecture estimated. */
function customModel(name: string, paramsBillions: number): ModelSpec {
  return {
    id: name,
    kind: "llm",
    aliases: [],
    paramsBillions,
    activeParamsBillions: paramsBillions,
    shape: estimatedShape(paramsBillions),
    contextLength: null,
    diffusion: null,
    source: "estimated from the parameter count",
  };
}

/**
 * The model a request runs: the named one when the table knows it and it suits `kinds`; for
 * LLM-like work an unknown name or a bare parameter count becomes a custom model; otherwise the
 * workload's default, recorded as an assumption with "model" to clarify.
 */
export function resolveModel(
  input: WorkloadInput,
  kinds: readonly ModelKind[],
  fallbackId: string,
  notes: EstimateNotes,
): ModelSpec {
  const name = input.model?.trim() ?? "";
  const known = name === "" ? null : findModel(name);
  if (known !== null && kinds.includes(known.kind)) return known;
  const fallback = findModel(fallbackId);
  if (fallback === null) throw new Error(`models table lacks ${fallbackId}`);
  if (known !== null) {
    clarify(notes, "model", `${name} is a ${known.kind} model, not usable here: assumed ${fallback.id}`);
    return fallback;
  }
  if (kinds.includes("llm")) {
    const params = input.paramsBillions ?? (name === "" ? null : paramsFromName(name));
    if (params !== null && params > 0) {
      const label = name === "" ? `${params}B-parameter model` : name;
      notes.assumptions.push(
        `${label}: architecture not in the models table, estimated from ${params}B parameters`,
      );
      return customModel(label, params);
    }
  }
  const what = name === "" ? "no model given" : `${name} is not a known model`;
  clarify(notes, "model", `${what}: assumed ${fallback.id}`);
  return fallback;
}
