/** `npm test`: every check in order (lint, types, unit tests, browser tests), stopping at the first that fails, then how long each took. */
import { spawnSync } from "node:child_process";

const STEPS = ["lint", "typecheck", "test:unit", "test:e2e"];

const format = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};

const started = performance.now();
const took: string[] = [];
let status = 0;
for (const step of STEPS) {
  const stepStarted = performance.now();
  const result = spawnSync("npm", ["run", step], { stdio: "inherit" });
  took.push(`${step} ${format(performance.now() - stepStarted)}`);
  if (result.status !== 0) {
    status = result.status ?? 1;
    break;
  }
}
console.log(
  `\nnpm test ${status ? "failed" : "passed"} in ${format(performance.now() - started)} (${took.join(", ")})`,
);
process.exit(status);
