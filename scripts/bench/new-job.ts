/**
 * The new-job form's reading of training data: the browser's check of a chosen file and the server's review scan
 * of a version, each compared with OpenAI's own check (validateTrainingFile) of the same file.
 */
import { checkJobFile } from "../../lib/jobs/create/file-check.ts";
import { scanJsonl } from "../../lib/jobs/create/scan.ts";
import { validateTrainingFile } from "../../lib/training-data/validate.ts";
import { chatExampleLines } from "./datasets-examples.ts";
import { report, time } from "./stats.ts";

const EXAMPLES = 50_000;

export async function benchNewJob() {
  const text = `${[...chatExampleLines(EXAMPLES)].join("\n")}\n`;
  console.log(
    `\nNew job form, in process (${EXAMPLES} chat examples, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB)`,
  );
  const options = { method: "supervised", model: "gpt-4o-mini-2024-07-18", purpose: "training" } as const;
  const verdict = validateTrainingFile(text, options);
  if (!verdict.ok) throw new Error(`The benchmark file was refused: ${verdict.error.message}`);
  const validate = await time(3, () => validateTrainingFile(text, options));
  const check = await time(3, () => checkJobFile(text, options));
  const scan = await time(3, () => scanJsonl(text, { ...options, tokenCount: verdict.billingTokens }));
  report("validateTrainingFile (OpenAI's check)", validate);
  report("checkJobFile (form upload: check + sensitive data)", check);
  report("scanJsonl (review of a version: billing + sensitive data)", scan);
  console.log(
    `  ratio checkJobFile / validateTrainingFile: ${(check.median / validate.median).toFixed(2)}x (goal: within 1.5x)`,
  );
  console.log(
    `  scanJsonl per 10k examples: ${((scan.median / EXAMPLES) * 10_000).toFixed(0)} ms (goal: under 500 ms)`,
  );
}
