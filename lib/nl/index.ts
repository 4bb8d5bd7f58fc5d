/** Natural-language workload parser: the built-in assistant's understanding of a request. */
export { askBelowConfidence, clarifyingQuestion } from "./clarify";
export { describeWorkload } from "./describe";
export { parseWorkload } from "./parse-workload";
export * from "./schema";
