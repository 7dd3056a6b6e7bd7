/** What the provider will make of a dataset before anything is uploaded: rules, billed tokens, epochs, cost. */
import "server-only";
import { db } from "@/lib/db/client";
import { resolveHyperparameters } from "@/lib/models/hyperparameters";
import { tokenLimitForModel } from "@/lib/models/limits";
import { workspaceTrainingCost } from "@/lib/pricing/queries";
import { MIN_TRAINING_EXAMPLES } from "@/lib/training-data/problems";
import { analyseExamples, DATASET_WARNING_CODES, digestExample, type ExampleDigest } from "./dataset-warnings";
import { findDatasetOrThrow } from "./datasets";

/** OpenAI's guide sees clear gains from 50 to 100 well-made examples and suggests starting with 50. */
const RECOMMENDED_EXAMPLES = 50;

export const DATASET_RULE_CODES = [
  "too_few_examples",
  "few_examples_advice",
  "examples_over_token_limit",
  "examples_with_sensitive_data",
  ...DATASET_WARNING_CODES,
] as const;

type DatasetRule = {
  code: (typeof DATASET_RULE_CODES)[number];
  params: Record<string, string | number>;
  severity: "error" | "warning" | "info";
};

/**
 * `errors` and `warnings` count examples (with at least one error / warning). `billingTokens` is what one epoch
 * bills: each example up to the model's limit, as longer ones are truncated. Ready means it can be frozen.
 */
export async function datasetReport(ref: { workspaceId: string; datasetId: string }) {
  const dataset = await findDatasetOrThrow(db, ref);
  const limit = tokenLimitForModel(dataset.baseModel);
  const over = await db.datasetExample.aggregate({
    where: { datasetId: dataset.id, workspaceId: ref.workspaceId, tokens: { gt: limit } },
    _count: { _all: true },
    _sum: { tokens: true },
  });
  const overLimit = over._count._all;
  const billingTokens = dataset.tokenCount - (over._sum.tokens ?? 0) + overLimit * limit;
  const examples = dataset.exampleCount;
  const epochs = resolveHyperparameters({
    method: dataset.kind === "dpo" ? "dpo" : "supervised",
    requested: {},
    examples: Math.max(1, examples),
  }).n_epochs;
  const usd =
    examples > 0
      ? await workspaceTrainingCost({ workspaceId: ref.workspaceId, model: dataset.baseModel, billingTokens, epochs })
      : null;
  const rules: DatasetRule[] = [];
  if (examples < MIN_TRAINING_EXAMPLES) {
    rules.push({
      code: "too_few_examples",
      params: { count: examples, min: MIN_TRAINING_EXAMPLES },
      severity: "error",
    });
  } else if (examples < RECOMMENDED_EXAMPLES) {
    rules.push({
      code: "few_examples_advice",
      params: { count: examples, recommended: RECOMMENDED_EXAMPLES },
      severity: "info",
    });
  }
  if (overLimit > 0) {
    rules.push({ code: "examples_over_token_limit", params: { count: overLimit, limit }, severity: "warning" });
  }
  // Stored issues are JSON; the code's quoted name only appears where a sensitive-data warning is.
  const sensitive = await db.datasetExample.count({
    where: { datasetId: dataset.id, workspaceId: ref.workspaceId, issues: { contains: '"sensitiveData"' } },
  });
  if (sensitive > 0)
    rules.push({ code: "examples_with_sensitive_data", params: { count: sensitive }, severity: "warning" });
  rules.push(...(await analyseDataset(ref, dataset.revision)).warnings);
  return {
    examples,
    tokens: dataset.tokenCount,
    billingTokens,
    errors: dataset.errorCount,
    warnings: dataset.warningCount,
    rules,
    autoEpochs: epochs,
    estimatedTrainingCost: usd === null ? null : { usd, perEpochTokens: billingTokens, epochs },
    ready: dataset.errorCount === 0 && examples >= MIN_TRAINING_EXAMPLES,
  };
}

/** The ids of the examples that are exact copies or ask a similar question (the first of each group too). */
export async function listDuplicateExampleIds(ref: { workspaceId: string; datasetId: string }): Promise<Set<string>> {
  const dataset = await findDatasetOrThrow(db, ref);
  return (await analyseDataset(ref, dataset.revision)).duplicateIds;
}

// Looking at every example takes a while for tens of thousands of them, and the answer only changes with
// the dataset's revision: the report and the duplicate filter share one analysis per revision.
const analyses = new Map<
  string,
  Promise<{ warnings: ReturnType<typeof analyseExamples>["warnings"]; duplicateIds: Set<string> }>
>();
const MAX_CACHED_ANALYSES = 20;
/** Examples read at a time: the analysis holds their digests, never all of their text. */
const READ_BATCH = 1000;

function analyseDataset(ref: { workspaceId: string; datasetId: string }, revision: number) {
  const key = `${ref.workspaceId}:${ref.datasetId}:${revision}`;
  let analysis = analyses.get(key);
  if (!analysis) {
    analysis = exampleDigests(ref).then(({ ids, digests }) => {
      const { warnings, involved } = analyseExamples(digests);
      return { warnings, duplicateIds: new Set([...involved].map((index) => ids[index] ?? "")) };
    });
    analyses.set(key, analysis);
    if (analyses.size > MAX_CACHED_ANALYSES) analyses.delete(analyses.keys().next().value as string);
    analysis.catch(() => analyses.delete(key));
  }
  return analysis;
}

async function exampleDigests(ref: { workspaceId: string; datasetId: string }) {
  const ids: string[] = [];
  const digests: ExampleDigest[] = [];
  for (let after = 0; ; ) {
    const rows = await db.datasetExample.findMany({
      where: { datasetId: ref.datasetId, workspaceId: ref.workspaceId, position: { gt: after } },
      orderBy: { position: "asc" },
      take: READ_BATCH,
      select: { id: true, position: true, data: true },
    });
    for (const row of rows) {
      ids.push(row.id);
      digests.push(digestExample(row.data));
    }
    const last = rows.at(-1);
    if (!last || rows.length < READ_BATCH) return { ids, digests };
    after = last.position;
  }
}
