/** A large JSONL file streamed through the import route: throughput, and the server's peak memory meanwhile. */
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { type BenchApp, memoryMb, resetPeakMemory } from "./datasets-app.ts";
import { writeLargeJsonl } from "./datasets-examples.ts";

// The goal: a 1 GB file, with the server's memory under 300 MB above what it used before.
const DEFAULT_MB = 1024;
const GOAL_PEAK_MB = 300;

export async function benchImport(app: BenchApp, dir: string) {
  const megabytes = Number(process.env.BENCH_IMPORT_MB ?? DEFAULT_MB);
  const file = path.join(dir, "import.jsonl");
  const { bytes, lines } = writeLargeJsonl(file, megabytes);
  const fileMb = bytes / 1024 / 1024;
  const datasetId = app.createDataset("Import benchmark");

  const before = memoryMb(app.serverPid, "VmRSS");
  resetPeakMemory(app.serverPid);
  const started = performance.now();
  const post = () =>
    fetch(`${app.url}/api/datasets/${datasetId}/import`, {
      method: "POST",
      body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>,
      headers: { cookie: app.cookie, "x-filename": "import.jsonl" },
      duplex: "half",
    } as RequestInit);
  // Writing the file takes longer than the server keeps an idle connection open: fetch may reuse one it has
  // closed meanwhile ("other side closed") before sending a byte of the file, so that one is sent again.
  const response = await post().catch(post);
  const answer = await response.text();
  const seconds = (performance.now() - started) / 1000;
  const peak = memoryMb(app.serverPid, "VmHWM");
  fs.rmSync(file);

  console.log(`  file: ${fileMb.toFixed(0)} MB, ${lines} examples (BENCH_IMPORT_MB=${megabytes})`);
  if (!response.ok) console.log(`  refused: HTTP ${response.status} ${answer}`);
  console.log(
    `  import: ${seconds.toFixed(1)} s, ${(fileMb / seconds).toFixed(1)} MB/s, ${(lines / seconds).toFixed(0)} examples/s`,
  );
  const growth = peak - before;
  console.log(
    `  server memory: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during the import: +${growth.toFixed(0)} MB, ${(growth / GOAL_PEAK_MB).toFixed(2)}x the goal (under ${GOAL_PEAK_MB} MB)`,
  );
}
