/** The review before a job starts: resolved epochs, billed tokens, the estimated cost and sensitive data. */
import "server-only";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { getVersionOrThrow } from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";
import { pricedModelOf } from "@/lib/models/prices";
import { listPrices } from "@/lib/pricing/queries";
import { estimateTraining } from "../estimate";
import { type SensitiveCounts, scanJsonl } from "./scan";
import type { JobForm, JobMethod } from "./schema";
import type { JobReview } from "./view";

type Scan = ReturnType<typeof scanJsonl>;

// A version never changes, so its scan for a model is done once; reading a large one takes a moment.
const scans = new Map<string, Promise<Scan>>();
const MAX_CACHED_SCANS = 50;

function scanVersionPart(options: {
  versionId: string;
  part: "training" | "validation";
  jsonl: string;
  tokenCount: number;
  model: string;
  method: JobMethod;
}): Promise<Scan> {
  const key = `${options.versionId}:${options.part}:${options.model}`;
  let scan = scans.get(key);
  if (!scan) {
    scan = Promise.resolve().then(() => scanJsonl(options.jsonl, options));
    scans.set(key, scan);
    if (scans.size > MAX_CACHED_SCANS) scans.delete(scans.keys().next().value as string);
    scan.catch(() => scans.delete(key));
  }
  return scan;
}

const invalidChoice = (field: string, code: string) =>
  new AppError("invalid_input", `${field} does not fit the training data`, { fields: { [field]: { code } } });

/** The training data as the job will see it, and the findings of every version part it sends. */
async function trainingData(workspaceId: string, form: JobForm) {
  const { training, validation, model } = form;
  const scanned: Scan[] = [];
  let data: { method: JobMethod; examples: number; billingTokens: number };
  let trainingVersion: Awaited<ReturnType<typeof getVersionOrThrow>> | null = null;
  if (training.source === "file") {
    data = { method: training.method, examples: training.examples, billingTokens: training.billingTokens };
  } else {
    trainingVersion = await getVersionOrThrow({ workspaceId, versionId: training.versionId });
    const method: JobMethod = trainingVersion.kind === "dpo" ? "dpo" : "supervised";
    const scan = await scanVersionPart({
      ...trainingVersion,
      versionId: trainingVersion.id,
      part: "training",
      model,
      method,
    });
    scanned.push(scan);
    data = { method, examples: trainingVersion.exampleCount, billingTokens: scan.billingTokens };
  }
  const { method } = data;
  if (validation.source === "split") {
    if (trainingVersion?.validationJsonl == null) throw invalidChoice("validation.source", "noValidationSplit");
    scanned.push(
      await scanVersionPart({
        versionId: trainingVersion.id,
        part: "validation",
        jsonl: trainingVersion.validationJsonl,
        tokenCount: 0,
        model,
        method,
      }),
    );
  } else if (validation.source === "version") {
    const other = await getVersionOrThrow({ workspaceId, versionId: validation.versionId });
    if ((other.kind === "dpo") !== (method === "dpo"))
      throw invalidChoice("validation.versionId", "validationKindMismatch");
    scanned.push(await scanVersionPart({ ...other, versionId: other.id, part: "training", model, method }));
  }
  const kinds: SensitiveCounts = {};
  for (const part of scanned) {
    for (const [kind, count] of Object.entries(part.sensitive)) {
      kinds[kind as keyof SensitiveCounts] = (kinds[kind as keyof SensitiveCounts] ?? 0) + count;
    }
  }
  const examples = scanned.reduce((sum, part) => sum + part.sensitiveExamples, 0);
  return { ...data, sensitive: { examples, kinds } };
}

async function trainingPrice(workspaceId: string, model: string) {
  const base = pricedModelOf(model);
  const price = (await listPrices(workspaceId)).find((item) => item.model === base);
  return base && price
    ? { model: base, training: price.training, source: price.source, asOf: price.asOf.toISOString().slice(0, 10) }
    : null;
}

export async function reviewJob({ workspaceId, form }: { workspaceId: string; form: JobForm }): Promise<JobReview> {
  await getConnectionOrThrow({ workspaceId, connectionId: form.connectionId });
  const data = await trainingData(workspaceId, form);
  const price = await trainingPrice(workspaceId, form.model);
  const estimate = estimateTraining({
    method: data.method,
    requestedEpochs: form.hyperparameters.n_epochs,
    examples: data.examples,
    billingTokens: data.billingTokens,
    trainingPrice: price?.training ?? null,
  });
  return {
    method: data.method,
    examples: data.examples,
    billingTokens: data.billingTokens,
    ...estimate,
    price,
    sensitive: data.sensitive,
  };
}
