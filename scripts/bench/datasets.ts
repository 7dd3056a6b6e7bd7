/** Benchmarks of the dataset studio: validating a file in process, then importing and editing over HTTP. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { openBenchApp } from "./datasets-app.ts";
import { benchEditor } from "./datasets-editor.ts";
import { benchImport } from "./datasets-import.ts";
import { benchDatasetsInProcess } from "./datasets-in-process.ts";
import { startServer } from "./server.ts";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

export async function benchDatasets() {
  await benchDatasetsInProcess();

  console.log("\nDataset studio over HTTP (production build)");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-bench-datasets-"));
  const server = await startServer({ port: 3300, dataDir });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const app = await openBenchApp({ browser, url: server.url, dataDir, groupPid: server.pid });
    await benchImport(app, dataDir);
    await benchEditor(app);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
