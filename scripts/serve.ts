/**
 * The app's HTTP server: Next.js behind node:http, so every request carries the client address worked out
 * from the socket (lib/auth/client-address.ts) and not one the client made up.
 * `tsx scripts/serve.ts [--dev] [--port 3000]`; the port defaults to PORT.
 */
import http from "node:http";
import { parseArgs } from "node:util";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "../lib/auth/client-address.ts";
import { ConfigError, getEnv } from "../lib/env.ts";

const { values } = parseArgs({ options: { dev: { type: "boolean" }, port: { type: "string" } } });
const dev = values.dev ?? false;

let env: ReturnType<typeof getEnv>;
try {
  env = getEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const port = values.port ? Number(values.port) : env.PORT;
const trustProxy = env.TRUST_PROXY === "on";

// As the `next` command does: React and Next read NODE_ENV as they load, so set it before importing them.
const variables: Record<string, string | undefined> = process.env;
variables.NODE_ENV ??= dev ? "development" : "production";
variables.NEXT_TELEMETRY_DISABLED ??= "1";
const { default: next } = await import("next");

const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http
  .createServer((request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      trustProxy,
    });
    handle(request, response);
  })
  .listen(port, () => console.log(`Ready on http://localhost:${port}${dev ? " (development)" : ""}`));

// Other listeners (the job runner's) keep Node from exiting on these signals by itself: finish requests, then exit.
for (const [signal, code] of [
  ["SIGTERM", 143],
  ["SIGINT", 130],
] as const)
  process.once(signal, () => {
    server.close(() => void app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
  });
