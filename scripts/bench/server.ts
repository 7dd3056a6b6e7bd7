/** Starts the production build on a port of its own with a given data folder, for benchmarks and restart tests. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";

type AppServer = { url: string; pid: number; stop: () => Promise<void> };

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer at ${url}`);
}

/**
 * Sign-up is open on these servers, since benchmarks and tests sign up many people; `env` overrides any
 * variable (undefined removes it, e.g. SIGNUP to run with the defaults).
 */
export async function startServer({
  port,
  dataDir,
  env = {},
}: {
  port: number;
  dataDir: string;
  env?: Record<string, string | undefined>;
}): Promise<AppServer> {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("Building the app first…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const url = `http://localhost:${port}`;
  // spawn leaves out variables whose value is undefined.
  const variables: NodeJS.ProcessEnv = {
    ...process.env,
    SIGNUP: "open",
    // Open sign-up would close private networks by default; the specs call servers on this machine.
    PRIVATE_NETWORK_PROVIDERS: "allow",
    DATA_DIR: dataDir,
    APP_URL: url,
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "--port", String(port)], {
    env: variables,
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it also stops the server npx started.
    detached: true,
  });
  await waitForServer(`${url}/sign-in`, child);
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}
