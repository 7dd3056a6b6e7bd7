/** `npm run bench`: the Sandbox's speed, printed as numbers and ratios. */
import { benchChat } from "./bench/chat.ts";
import { benchDatasets } from "./bench/datasets.ts";
import { benchHttp } from "./bench/http.ts";
import { benchInProcess } from "./bench/in-process.ts";

await benchInProcess();
await benchHttp();
await benchDatasets();
await benchChat();
