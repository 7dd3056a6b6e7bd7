/** The app's configuration, read once from the environment and validated. */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "must be a SQLite URL such as file:./data/app.db")
    .optional(),
  APP_SECRET: z
    .string()
    .min(32, "must be at least 32 characters long (generate one with: openssl rand -hex 32)")
    .optional(),
  APP_URL: z
    .url({ protocol: /^https?$/, error: "must be the URL people open the app at, e.g. http://localhost:3000" })
    .optional(),
  PORT: z.coerce.number("must be a port number such as 3000").int().min(1).max(65535).default(3000),
  SANDBOX_JOB_SECONDS: z.coerce
    .number("must be a number of seconds such as 60")
    .positive("must be more than 0")
    .max(86_400)
    .default(60),
  /** How often the background runner looks at an active job of OpenAI / Azure, and of the Sandbox. */
  JOB_SYNC_SECONDS: z.coerce.number("must be a number of seconds such as 15").min(1).max(3600).default(15),
  SANDBOX_SYNC_SECONDS: z.coerce.number("must be a number of seconds such as 2").min(0.5).max(3600).default(2),
  /** How often each connection's job list is read to import jobs started outside the app. */
  JOB_IMPORT_SECONDS: z.coerce.number("must be a number of seconds such as 60").min(1).max(86_400).default(60),
  /** "off" keeps this server from running background sync (another server of the same database does it). */
  JOB_RUNNER: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** How long a sign-in lasts, and how often an active session's expiry moves forward. */
  SESSION_DAYS: z.coerce.number("must be a number of days such as 30").min(0.01).max(365).default(30),
  SESSION_REFRESH_HOURS: z.coerce.number("must be a number of hours such as 24").min(0.01).max(8760).default(24),
  /** How long an invitation link stays valid. */
  INVITATION_DAYS: z.coerce.number("must be a number of days such as 7").min(0.01).max(90).default(7),
  /** The largest upload a request may carry (dataset import, new-job file), in megabytes. */
  UPLOAD_MAX_MB: z.coerce.number("must be a number of megabytes such as 100").min(1).max(10_000).default(1536),
  /**
   * Who may create an account: anyone ("open"), only people with an invitation ("invite"), or nobody
   * ("closed"). Unset: the first account signs up freely and becomes the installation admin, then "invite".
   * An installation admin can change it in the app; this variable, when set, wins.
   */
  SIGNUP: z.enum(["open", "invite", "closed"], "must be open, invite or closed").optional(),
  /**
   * Whether connections and webhooks may reach loopback and private addresses (self-hosted models such as
   * Ollama or vLLM live there). Unset: "allow", except "deny" when SIGNUP is "open".
   */
  PRIVATE_NETWORK_PROVIDERS: z.enum(["allow", "deny"], "must be allow or deny").optional(),
  /** "on" when a reverse proxy sits in front: the client address is then read from X-Forwarded-For. */
  TRUST_PROXY: z.enum(["on", "off"], "must be on or off").default("off"),
  /** The largest JSON body a route handler reads (chat, REST API, Sandbox), in kilobytes. */
  JSON_BODY_MAX_KB: z.coerce
    .number("must be a number of kilobytes such as 1024")
    .int()
    .min(16)
    .max(102_400)
    .default(1024),
  /** Workspace archives: most entries, most bytes unpacked in all and per entry. */
  ARCHIVE_MAX_ENTRIES: z.coerce
    .number("must be a number such as 100000")
    .int()
    .min(10)
    .max(10_000_000)
    .default(100_000),
  ARCHIVE_MAX_MB: z.coerce.number("must be a number of megabytes such as 4096").min(1).max(100_000).default(4096),
  ARCHIVE_ENTRY_MAX_MB: z.coerce.number("must be a number of megabytes such as 1536").min(1).max(100_000).default(1536),
  /** How much the Sandbox stores for one workspace (files and unfinished uploads), in megabytes. */
  SANDBOX_STORAGE_MAX_MB: z.coerce
    .number("must be a number of megabytes such as 5120")
    .min(1)
    .max(1_000_000)
    .default(5120),
  /** Optional: with SMTP_HOST set, invitations are also sent by e-mail. */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number("must be a port number such as 587").int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().optional(),
});

type Env = z.infer<typeof envSchema> & { DATABASE_URL: string; APP_URL: string };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Validates a set of variables; the error names every bad variable and what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? `file:${path.join(env.DATA_DIR, "app.db")}`,
    // The server calls its own Sandbox at this address, so by default it is where the server listens.
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed configuration, so a test that changes process.env sees its change. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * The secret that encrypts provider keys and signs sessions: APP_SECRET when set, otherwise one
 * generated on first start and kept in the data folder (readable by its owner only).
 */
export function resolveAppSecret(env: Pick<Env, "APP_SECRET" | "DATA_DIR">): string {
  if (env.APP_SECRET) return env.APP_SECRET;
  const file = path.join(env.DATA_DIR, "secret.key");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(env.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process won the race to create it: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
  return secret;
}

export function getAppSecret(): string {
  return resolveAppSecret(getEnv());
}
