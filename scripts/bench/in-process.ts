/** Benchmarks of the Sandbox's pure parts, run in this process: the job simulation and the similarity index. */

import { syntheticExamples } from "../../lib/sandbox/chat/synthetic.ts";
import { toEventObjects } from "../../lib/sandbox/jobs/objects.ts";
import { type SimulatedJob, simulateJob } from "../../lib/sandbox/training/timeline.ts";
import { buildExampleIndex, findClosest } from "../../lib/text-similarity/similarity.ts";
import { report, time } from "./stats.ts";

function job(examples: number): SimulatedJob {
  return {
    id: "ftjob-bench",
    createdAt: 0,
    model: "gpt-4o-mini-2024-07-18",
    fineTunedModelName: "ft:gpt-4o-mini-2024-07-18:sandbox::bench123",
    trainingFile: "file-bench",
    validationFile: "file-valid",
    examples,
    billingTokens: examples * 120,
    hyperparameters: { n_epochs: 10, batch_size: 1, learning_rate_multiplier: 0.05 },
    seed: 42,
    secondsPerUnit: 1,
    validationError: null,
    pauses: [],
    cancelledAt: null,
  };
}

export async function benchInProcess() {
  console.log("\nIn process");
  const small = await time(200, () => toEventObjects("ftjob-bench", simulateJob(job(10), 60_000)));
  const large = await time(50, () => toEventObjects("ftjob-bench", simulateJob(job(1000), 60_000)));
  report("simulate + event objects, 100-step job", small);
  report("simulate + event objects, 10 000-step job", large);
  console.log(`  ratio 10 000 / 100 steps: ${(large.median / small.median).toFixed(1)}x for 100x the steps`);

  const examples = syntheticExamples(50_000);
  report("build similarity index, 50 000 examples", await time(3, () => buildExampleIndex(examples)));
  const index = buildExampleIndex(examples.slice(0, 5000));
  const queries = examples.slice(0, 200).map((example) => example.prompt);
  let next = 0;
  report(
    "closest example, index of 5 000",
    await time(200, () => findClosest(index, queries[next++ % queries.length] ?? "")),
  );
}
