/** A large JSONL file streamed through the import route: throughput, and the server's peak memory meanwhile. */
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { type BenchApp, memoryMb, resetPeakMemory } from "./datasets-app.ts";
import { writeLargeJsonl } from "./datasets-examples.ts";

// The import refuses files over 200 MB (lib/datasets/import/spool.ts), so the 1 GB cannot be imported.
const IMPORT_LIMIT_MB = 200;
const DEFAULT_MB = 190;
const GOAL_MB = 1024;

export async function benchImport(app: BenchApp, dir: string) {
  const megabytes = Number(process.env.BENCH_IMPORT_MB ?? DEFAULT_MB);
  const file = path.join(dir, "import.jsonl");
  const { bytes, lines } = writeLargeJsonl(file, megabytes);
  const fileMb = bytes / 1024 / 1024;
  const datasetId = app.createDataset("Import benchmark");

  const before = memoryMb(app.serverPid, "VmRSS");
  resetPeakMemory(app.serverPid);
  const started = performance.now();
  const response = await fetch(`${app.url}/api/datasets/${datasetId}/import`, {
    method: "POST",
    body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>,
    headers: { cookie: app.cookie, "x-filename": "import.jsonl" },
    duplex: "half",
  } as RequestInit);
  const answer = await response.text();
  const seconds = (performance.now() - started) / 1000;
  const peak = memoryMb(app.serverPid, "VmHWM");
  fs.rmSync(file);

  console.log(`  file: ${fileMb.toFixed(0)} MB, ${lines} examples (BENCH_IMPORT_MB=${megabytes})`);
  if (!response.ok) console.log(`  refused: HTTP ${response.status} ${answer}`);
  console.log(
    `  import: ${seconds.toFixed(1)} s, ${(fileMb / seconds).toFixed(1)} MB/s, ${(lines / seconds).toFixed(0)} examples/s`,
  );
  console.log(
    `  server memory: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during the import (goal: under 300 MB)`,
  );
  if (response.ok && fileMb < GOAL_MB) {
    console.log(
      `  at this rate ${GOAL_MB} MB would take ${((GOAL_MB / fileMb) * seconds).toFixed(0)} s, but the route refuses files over ${IMPORT_LIMIT_MB} MB by design`,
    );
  }
}
