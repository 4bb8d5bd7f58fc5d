import type { MissingField, ParsedWorkload, WorkloadType } from "./schema";

/**
 * What a planner still needs before it can size and price the job, most important first:
 * the kind of job, how much work, for how long, and — for language-model work, where memory
 * follows model size — which model. A rate without a duration only lacks the duration; LLM
 * serving sized by concurrent users needs no quantity.
 */

const sizedByModel: ReadonlySet<WorkloadType> = new Set(["llm_inference", "fine_tuning", "training"]);

export function missingFields(p: Omit<ParsedWorkload, "missingFields" | "confidence">): MissingField[] {
  const missing: MissingField[] = [];
  if (p.workloadType === "other") {
    missing.push("workload_type");
    if (p.durationHours === null) missing.push("duration_hours");
    return missing;
  }
  const servedByUsers = p.workloadType === "llm_inference" && p.concurrentUsers !== null;
  if (p.quantity === null && p.quantityPerHour === null && !servedByUsers) missing.push("quantity");
  if (p.durationHours === null) missing.push("duration_hours");
  if (sizedByModel.has(p.workloadType) && p.model === null && p.minVramGb === null) missing.push("model");
  return missing;
}
