/** Starts the production build with everything it prints written to a file, for the secrets spec to read. */
import { spawn } from "node:child_process";
import fs from "node:fs";

export async function startLoggedServer(options: {
  port: number;
  dataDir: string;
  logFile: string;
  appSecret: string;
}) {
  const url = `http://localhost:${options.port}`;
  const log = fs.openSync(options.logFile, "a");
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "--port", String(options.port)], {
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      APP_URL: url,
      APP_SECRET: options.appSecret,
      // Everything the server may say, not only warnings: debug lines must be clean as well.
      LOG_LEVEL: "debug",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", log, log],
    // Its own process group, so stopping it also stops the server npx started.
    detached: true,
  });
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    if (
      await fetch(`${url}/sign-in`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (attempt > 300) throw new Error(`The server did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        process.kill(-child.pid, "SIGTERM");
        await exited;
      }
      fs.closeSync(log);
    },
  };
}
