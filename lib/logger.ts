/** Server log lines. Messages and causes only: never request bodies, which may hold keys or passwords. */
import { getEnv } from "./env";

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

// A key can still reach a message, e.g. echoed by a provider: mask anything shaped like one.
const SECRET_PATTERN = /\b(sk|sbx|key)-[A-Za-z0-9_-]{8,}|Bearer\s+[A-Za-z0-9._~+/=-]{8,}/g;

export function redact(text: string): string {
  return text.replace(SECRET_PATTERN, "[redacted]");
}

/** Errors get their stack trace; expected failures (warnings) only their message. */
function describeCause(cause: unknown, withStack: boolean): string {
  if (!(cause instanceof Error)) return String(cause);
  const stack = withStack && cause.stack ? `\n${cause.stack.split("\n").slice(1, 6).join("\n")}` : "";
  return `${cause.name}: ${cause.message}${stack}`;
}

function log(level: Level, message: string, cause?: unknown) {
  if (levels[level] < levels[getEnv().LOG_LEVEL]) return;
  const detail = cause === undefined ? "" : ` — ${describeCause(cause, level === "error")}`;
  const line = redact(`[${new Date().toISOString()}] ${level.toUpperCase()} ${message}${detail}`);
  (level === "error" ? console.error : level === "warn" ? console.warn : console.log)(line);
}

export const logger = {
  debug: (message: string) => log("debug", message),
  info: (message: string) => log("info", message),
  warn: (message: string, cause?: unknown) => log("warn", message, cause),
  error: (message: string, cause?: unknown) => log("error", message, cause),
};
