/** Public surface of the workload estimator; see map-workload.ts for the mapping rules. */

export { bytesPerParameter, type LlmMemory, llmServingMemory } from "./llm-memory";
export { estimateWorkload } from "./map-workload";
export { findModel, knownModels, type ModelKind, type ModelSpec, type TransformerShape } from "./models";
export { servingHeadroom, usableVramGb } from "./sizing";
export {
  type EstimateBasis,
  type FineTuneMethod,
  fineTuneMethods,
  type GpuCapability,
  type GpuRecommendation,
  type ImageBenchmark,
  imageBenchmarks,
  type Precision,
  type PricePerGpuHourUsd,
  precisions,
  type QuantityUnit,
  quantityUnits,
  type Throughput,
  type ThroughputUnit,
  throughputUnits,
  type WorkloadEstimate,
  type WorkloadInput,
  type WorkloadType,
  workloadTypes,
} from "./types";
