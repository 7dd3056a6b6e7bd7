/**
 * `npm run bench`: the Sandbox's speed and the pages' weight, printed as numbers and ratios.
 * `npm run bench -- pages chat` runs only the named parts.
 */
import { benchChart } from "./bench/chart.ts";
import { benchChat } from "./bench/chat.ts";
import { benchDatasets } from "./bench/datasets.ts";
import { benchHttp } from "./bench/http.ts";
import { benchInProcess } from "./bench/in-process.ts";
import { benchJobsList } from "./bench/jobs-list.ts";
import { benchNewJob } from "./bench/new-job.ts";
import { benchPages } from "./bench/pages.ts";

const parts: Record<string, () => Promise<void>> = {
  "in-process": benchInProcess,
  http: benchHttp,
  datasets: benchDatasets,
  chart: benchChart,
  "new-job": benchNewJob,
  chat: benchChat,
  "jobs-list": benchJobsList,
  pages: benchPages,
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in parts));
if (unknown.length) {
  console.error(`Unknown bench part: ${unknown.join(", ")}. Parts: ${Object.keys(parts).join(", ")}`);
  process.exit(1);
}
for (const [name, run] of Object.entries(parts)) {
  if (!chosen.length || chosen.includes(name)) await run();
}
