/** Validating a training file, compared with the least any validator must do: parse each line, count its tokens. */
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { prepareExample } from "../../lib/datasets/example-data.ts";
import { validateTrainingFile } from "../../lib/training-data/validate.ts";
import { chatExampleLines } from "./datasets-examples.ts";
import { report, time } from "./stats.ts";

const EXAMPLES = 50_000;

function parseAndCount(text: string): number {
  let tokens = 0;
  for (const line of text.split("\n")) {
    if (!line) continue;
    for (const message of (JSON.parse(line) as { messages: { content: string }[] }).messages) {
      tokens += countTokens(message.content);
    }
  }
  return tokens;
}

export async function benchDatasetsInProcess() {
  const text = `${[...chatExampleLines(EXAMPLES)].join("\n")}\n`;
  console.log(
    `\nDataset studio, in process (${EXAMPLES} chat examples, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB)`,
  );
  const options = { method: "supervised", model: "gpt-4o-mini-2024-07-18", purpose: "training" } as const;
  const validate = await time(3, () => {
    const result = validateTrainingFile(text, options);
    if (!result.ok) throw new Error(`The benchmark file was refused: ${result.error.message}`);
  });
  const baseline = await time(3, () => parseAndCount(text));
  // What the dataset studio does for each imported or saved example: the checks above plus sensitive data.
  const dataset = { kind: "chat", baseModel: options.model };
  const prepare = await time(3, () => {
    for (const line of text.split("\n")) if (line) prepareExample(JSON.parse(line), dataset);
  });
  report("validateTrainingFile (validate + count tokens)", validate);
  report("JSON.parse + gpt-tokenizer countTokens alone", baseline);
  console.log(
    `  ratio validate / parse + count: ${(validate.median / baseline.median).toFixed(2)}x (goal: within 1.5x)`,
  );
  report("prepareExample (checks + sensitive data incl. names)", prepare);
  console.log(
    `  ratio prepareExample / parse + count: ${(prepare.median / baseline.median).toFixed(2)}x (goal: within 1.5x)`,
  );
}
