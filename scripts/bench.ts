/** `npm run bench`: the Sandbox's speed, printed as numbers and ratios. */
import { benchDatasets } from "./bench/datasets.ts";
import { benchHttp } from "./bench/http.ts";
import { benchInProcess } from "./bench/in-process.ts";
import { benchJobsList } from "./bench/jobs-list.ts";

await benchInProcess();
await benchHttp();
await benchDatasets();
await benchJobsList();
