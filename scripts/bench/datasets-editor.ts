/** The dataset editor's first paint in Chromium: from navigation start until the example list shows rows. */
import type { BenchApp } from "./datasets-app.ts";
import { chatExampleLines } from "./datasets-examples.ts";
import { report, summarize } from "./stats.ts";

const EXAMPLES = 50_000;
const RUNS = 5;

type Marked = { firstRowAt?: number };

// Runs in the page before its scripts: notes the frame in which the first row of the list is drawn.
function markFirstRow() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector("[role=option]")) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      (window as Marked).firstRowAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function benchEditor(app: BenchApp) {
  const datasetId = app.createDataset("Editor benchmark");
  const started = performance.now();
  const response = await fetch(`${app.url}/api/datasets/${datasetId}/import`, {
    method: "POST",
    body: `${[...chatExampleLines(EXAMPLES)].join("\n")}\n`,
    headers: { cookie: app.cookie, "x-filename": "editor.jsonl" },
  });
  if (!response.ok)
    throw new Error(`Import for the editor benchmark: HTTP ${response.status} ${await response.text()}`);
  console.log(`  (${EXAMPLES} examples imported for it in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  await app.context.addInitScript(markFirstRow);
  const firstRow = async () => {
    const page = await app.context.newPage();
    await page.goto(`/datasets/${datasetId}`, { waitUntil: "commit" });
    const at = await page.waitForFunction(() => (window as Marked).firstRowAt, null, { timeout: 60_000 });
    const ms = (await at.jsonValue()) as number;
    await page.close();
    return ms;
  };
  await firstRow(); // warm-up: the server's first render of the page, the browser's cache of scripts
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await firstRow());
  report(`editor first rows, ${EXAMPLES} examples (goal: under 1 500 ms)`, summarize(samples));
}
