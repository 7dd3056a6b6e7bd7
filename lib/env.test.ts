import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, resolveAppSecret } from "./env";

describe("parseEnv", () => {
  it("fills in defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.DATA_DIR).toBe("data");
    expect(env.DATABASE_URL).toBe("file:data/app.db");
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("derives the database from DATA_DIR unless DATABASE_URL is set", () => {
    expect(parseEnv({ DATA_DIR: "/srv/ftp" }).DATABASE_URL).toBe("file:/srv/ftp/app.db");
    expect(parseEnv({ DATA_DIR: "/srv/ftp", DATABASE_URL: "file:/tmp/x.db" }).DATABASE_URL).toBe("file:/tmp/x.db");
  });

  it("defaults the app's address to the port it listens on", () => {
    expect(parseEnv({ PORT: "8080" }).APP_URL).toBe("http://localhost:8080");
    expect(parseEnv({ PORT: "8080", APP_URL: "https://ft.example.com" }).APP_URL).toBe("https://ft.example.com");
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ APP_SECRET: "", APP_URL: "" }).APP_URL).toBe("http://localhost:3000");
  });

  it("names every bad variable and says what is wrong", () => {
    const attempt = () => parseEnv({ APP_SECRET: "short", APP_URL: "localhost:3000", DATABASE_URL: "mysql://db" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/APP_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/APP_URL: must be the URL people open the app at/);
    expect(attempt).toThrow(/DATABASE_URL: must be a SQLite URL/);
  });

  it("rejects an unknown log level", () => {
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
  });

  it("reads the job runner's intervals, with defaults that make a Sandbox job look live", () => {
    expect(parseEnv({})).toMatchObject({
      JOB_SYNC_SECONDS: 15,
      SANDBOX_SYNC_SECONDS: 2,
      JOB_IMPORT_SECONDS: 60,
      JOB_RUNNER: "on",
    });
    expect(parseEnv({ SANDBOX_SYNC_SECONDS: "0.5", JOB_RUNNER: "off" })).toMatchObject({
      SANDBOX_SYNC_SECONDS: 0.5,
      JOB_RUNNER: "off",
    });
    expect(() => parseEnv({ JOB_SYNC_SECONDS: "0" })).toThrow(/JOB_SYNC_SECONDS/);
    expect(() => parseEnv({ JOB_SYNC_SECONDS: "often" })).toThrow(/JOB_SYNC_SECONDS: must be a number of seconds/);
  });
});

describe("resolveAppSecret", () => {
  it("uses APP_SECRET when it is set", () => {
    const secret = "s".repeat(40);
    expect(resolveAppSecret({ APP_SECRET: secret, DATA_DIR: "/nonexistent" })).toBe(secret);
  });

  it("generates a secret on first start, keeps it private and reuses it", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ftp-secret-")), "nested");
    const first = resolveAppSecret({ DATA_DIR: dir });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(dir, "secret.key")).mode & 0o777).toBe(0o600);
    expect(resolveAppSecret({ DATA_DIR: dir })).toBe(first);
  });
});
