/** `npm run bench`: the Sandbox's speed, printed as numbers and ratios. */
import { benchChart } from "./bench/chart.ts";
import { benchChat } from "./bench/chat.ts";
import { benchDatasets } from "./bench/datasets.ts";
import { benchHttp } from "./bench/http.ts";
import { benchInProcess } from "./bench/in-process.ts";
import { benchJobsList } from "./bench/jobs-list.ts";
import { benchNewJob } from "./bench/new-job.ts";

await benchInProcess();
await benchHttp();
await benchDatasets();
await benchChart();
await benchNewJob();
await benchChat();
await benchJobsList();
