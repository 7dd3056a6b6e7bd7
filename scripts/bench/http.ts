/** Benchmarks of the Sandbox over HTTP against the production build: events listing and chat streaming. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { syntheticExamples } from "../../lib/sandbox/chat/synthetic.ts";
import { openDatabase, seedSandboxConnection } from "../test/seed-sandbox.ts";
import { startServer } from "./server.ts";
import { report, summarize, time } from "./stats.ts";

type Api = (path: string, init?: RequestInit) => Promise<Response>;

function trainingFile(count: number): Blob {
  const lines = syntheticExamples(count, 7).map(({ prompt, reply }) =>
    JSON.stringify({
      messages: [
        { role: "user", content: prompt },
        { role: "assistant", content: reply },
      ],
    }),
  );
  return new Blob([`${lines.join("\n")}\n`], { type: "application/jsonl" });
}

async function trainedJob(api: Api, examples: number): Promise<{ id: string; fine_tuned_model: string }> {
  const form = new FormData();
  form.set("purpose", "fine-tune");
  form.set("file", trainingFile(examples), "bench.jsonl");
  const file = (await (await api("/files", { method: "POST", body: form })).json()) as { id: string };
  const body = { model: "gpt-4o-mini", training_file: file.id, hyperparameters: { n_epochs: 10, batch_size: 1 } };
  let job = (await (await api("/fine_tuning/jobs", { method: "POST", body: JSON.stringify(body) })).json()) as {
    id: string;
    status: string;
    fine_tuned_model: string;
  };
  while (job.status !== "succeeded") {
    if (["failed", "cancelled"].includes(job.status)) throw new Error(`Benchmark job ${job.id} ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    job = (await (await api(`/fine_tuning/jobs/${job.id}`)).json()) as typeof job;
  }
  return job;
}

/** Time to the first byte of a streamed answer, and to its end. */
async function streamedAnswer(api: Api, model: string, question: string) {
  const started = performance.now();
  const response = await api("/chat/completions", {
    method: "POST",
    body: JSON.stringify({ model, stream: true, messages: [{ role: "user", content: question }] }),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let firstByte = 0;
  for (;;) {
    const { done } = await reader.read();
    firstByte ||= performance.now() - started;
    if (done) break;
  }
  return { firstByte, total: performance.now() - started };
}

export async function benchHttp() {
  console.log("\nOver HTTP (production build)");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-bench-"));
  const server = await startServer({ port: 3200, dataDir });
  try {
    const { token } = seedSandboxConnection(openDatabase(path.join(dataDir, "app.db")), { jobSeconds: 3 });
    const api: Api = (apiPath, init) =>
      fetch(`${server.url}/api/sandbox/v1${apiPath}`, {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          ...(typeof init?.body === "string" ? { "content-type": "application/json" } : {}),
        },
      });
    const [small, large] = await Promise.all([trainedJob(api, 10), trainedJob(api, 1000)]);
    const smallPage = await time(30, () => api(`/fine_tuning/jobs/${small.id}/events?limit=20`).then((r) => r.json()));
    const largePage = await time(30, () => api(`/fine_tuning/jobs/${large.id}/events?limit=20`).then((r) => r.json()));
    report("list events, first page of 20, 100-step job", smallPage);
    report("list events, first page of 20, 10 000-step job", largePage);
    console.log(`  ratio 10 000 / 100 steps: ${(largePage.median / smallPage.median).toFixed(1)}x`);
    const walk = await time(3, async () => {
      let after = "";
      for (;;) {
        const page = (await (await api(`/fine_tuning/jobs/${large.id}/events?limit=100${after}`)).json()) as {
          data: { id: string }[];
          has_more: boolean;
        };
        if (!page.has_more) return;
        after = `&after=${page.data.at(-1)?.id}`;
      }
    });
    report("walk all events of the 10 000-step job, pages of 100", walk);

    const models = [
      { label: "base model", model: "gpt-4o-mini" },
      { label: "fine-tuned model (1 000 examples)", model: large.fine_tuned_model },
    ];
    for (const { label, model } of models) {
      const runs = [];
      for (let i = 0; i < 10; i++) runs.push(await streamedAnswer(api, model, `question ${i} about the order`));
      report(`chat stream, time to first byte, ${label}`, summarize(runs.map((run) => run.firstByte)));
      report(`chat stream, whole answer, ${label}`, summarize(runs.map((run) => run.total)));
    }
    console.log("  (the Sandbox paces answers like a hosted model: 200–400 ms to the first token, 15–40 ms per token)");
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
