import { createContext, type ParseContext } from "./context";
import { correctTokens } from "./fuzzy";
import { workloadLexicon } from "./vocabulary";

/** A parse context over `text` with typos corrected against the workload lexicon. */
export function createWorkloadContext(text: string): ParseContext {
  return createContext(text, (tokens) => correctTokens(tokens, workloadLexicon));
}
