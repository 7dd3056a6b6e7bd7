/**
 * Runs an import (spool.ts or csv-spool.ts, then insert-spool.ts) in a worker thread with a capped heap. In the
 * server's own heap, V8 let the garbage of a 1 GB import (parsed lines, token counts, name detection) pile up
 * to several hundred MB before collecting it, since it sizes the heap by what the server already holds; a
 * small heap of its own is collected as it fills, and is handed back to the system when the worker ends.
 * The insert runs there too, on a database connection of the worker's own: see lib/db/sqlite.ts for why it
 * must not share the server's thread with Prisma's connection.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type TransferListItem, Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { SpoolSummary } from "./spool";
import type { SpoolReply, SpoolRequest } from "./spool-worker";

// Room for the tokenizer's tables, compromise's lexicon and the largest example (10 MB of JSON) in use.
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 };

export function importInWorker(request: SpoolRequest): Promise<SpoolSummary> {
  const worker = startWorker();
  return new Promise<SpoolSummary>((resolve, reject) => {
    worker.once("message", (reply: SpoolReply) => {
      if (reply.ok) resolve(reply.summary);
      else if ("refusal" in reply) {
        const { code, message, fields } = reply.refusal;
        reject(new AppError(code, message, { fields }));
      } else reject(new Error(`The import worker failed: ${reply.failure}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The import worker stopped (exit code ${code})`)));
    // The upload itself is handed over: the worker reads it, with backpressure, as it arrives.
    worker.postMessage(request, [request.body as unknown as TransferListItem]);
  }).finally(() => worker.terminate());
}

function startWorker(): Worker {
  // Unit tests run the TypeScript source, which the worker loads through tsx; the build bundles it.
  if (process.env.VITEST) {
    const source = path.join(path.dirname(fileURLToPath(import.meta.url)), "spool-worker.ts");
    return new Worker(`require("tsx/cjs"); require(${JSON.stringify(source)});`, {
      eval: true,
      resourceLimits: RESOURCE_LIMITS,
    });
  }
  return new Worker(new URL("./spool-worker.ts", import.meta.url), { resourceLimits: RESOURCE_LIMITS });
}
