import pino, { type Logger } from "pino";
import { env } from "@/server/env";

export type { Logger };

let root: Logger | undefined;

/** Structured JSON logs (pino); request loggers are children carrying `trace_id`. */
export function logger(): Logger {
  root ??= pino({
    level: env().LOG_LEVEL,
    base: { service: "gpubroker" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  return root;
}

export function requestLogger(traceId: string): Logger {
  return logger().child({ trace_id: traceId });
}
