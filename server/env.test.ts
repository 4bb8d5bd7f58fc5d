import { describe, expect, it } from "vitest";
import { databaseDriver, EnvError, parseEnv } from "./env";

describe("env", () => {
  it("defaults to the embedded mode with no variables", () => {
    const e = parseEnv({});
    expect(e.PORT).toBe(3000);
    expect(e.PGLITE_DIR).toBe("./.data/pglite");
    expect(databaseDriver(e)).toBe("pglite");
    expect(e.INGEST_INTERVAL_S).toBe(300);
  });

  it("picks pg for a postgres URL and neon for a neon host", () => {
    expect(databaseDriver(parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/test" }))).toBe("pg");
    expect(
      databaseDriver(parseEnv({ DATABASE_URL: "postgres://u:p@ep-x-123.eu-central-1.aws.neon.tech/db" })),
    ).toBe("neon");
    expect(
      databaseDriver(parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1/test", DATABASE_DRIVER: "neon" })),
    ).toBe("neon");
  });

  it("names every invalid variable", () => {
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
      expect.unreachable("parseEnv accepted bad input");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const names = (error as EnvError).problems.map((p) => p.variable).sort();
      expect(names).toEqual(["DATABASE_URL", "LOG_LEVEL", "PORT"]);
      expect((error as EnvError).message).toContain("DATABASE_URL: must start with postgres://");
    }
  });

  it("needs both Upstash variables", () => {
    expect(() => parseEnv({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toThrow(
      /UPSTASH_REDIS_REST_TOKEN: UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together/,
    );
  });

  it("refuses embedded parts in production unless allowed", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/DATABASE_URL: production needs/);
    expect(parseEnv({ NODE_ENV: "production", GPUBROKER_ALLOW_EMBEDDED: "1" }).GPUBROKER_ALLOW_EMBEDDED).toBe(
      true,
    );
  });

  it("requires DATABASE_URL when a server driver is forced", () => {
    expect(() => parseEnv({ DATABASE_DRIVER: "pg" })).toThrow(
      /DATABASE_URL: is required when DATABASE_DRIVER=pg/,
    );
  });

  it("validates the credentials key length", () => {
    expect(() => parseEnv({ CREDENTIALS_ENCRYPTION_KEY: "short" })).toThrow(/CREDENTIALS_ENCRYPTION_KEY/);
    expect(parseEnv({ CREDENTIALS_ENCRYPTION_KEY: "a".repeat(64) }).CREDENTIALS_ENCRYPTION_KEY).toHaveLength(
      64,
    );
  });
});
