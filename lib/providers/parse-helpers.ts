import { z } from "zod";

/**
 * Shared zod helpers for provider adapters. Payload schemas stay in each adapter (they describe
 * one provider's real format); this module only turns a failed parse into one descriptive error
 * and holds the few field codecs several providers need.
 */

/** Formats zod issues as `path: message` pairs, e.g. `Items.3.retailPrice: expected number`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}

/**
 * Validates `body` against `schema`; on a wrong shape throws an Error naming the provider, what was
 * parsed (endpoint or file) and the offending paths, so ingestion logs say exactly what changed.
 */
export function parsePayload<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  provider: string,
  what: string,
): z.infer<Schema> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new Error(`${provider}: unexpected ${what} payload: ${formatIssues(result.error)}`);
  }
  return result.data;
}

/** A finite decimal number sent as a string ("55.0400000000", "2.29"), decoded to a number. */
export const decimalStringSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, "expected a decimal number string")
  .transform((text) => Number(text));

/** A number that some payloads send as a JSON number and others as a decimal string. */
export const numberOrDecimalStringSchema = z.union([z.number(), decimalStringSchema]);
