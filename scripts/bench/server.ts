/** Starts the production build on a port of its own with a throw-away data folder, for the HTTP benchmarks. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type BenchServer = { url: string; dataDir: string; stop: () => void };

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

export async function startServer(port: number): Promise<BenchServer> {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("Building the app first…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-bench-"));
  const url = `http://localhost:${port}`;
  const child = spawn("npx", ["next", "start", "--port", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, APP_URL: url, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForServer(`${url}/sign-in`, child);
  return {
    url,
    dataDir,
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
