/** What the browser gets to render the new-job form and its review. */
import type { ConnectionKind } from "@/lib/connections/kinds";
import type { BaseModelList } from "../base-models";
import type { HyperparameterChoice } from "../estimate";
import type { SensitiveCounts } from "./scan";
import type { JobMethod } from "./schema";

export type ConnectionChoice = { id: string; name: string; kind: ConnectionKind };

export type VersionChoice = {
  id: string;
  datasetName: string;
  number: number;
  kind: "chat" | "dpo";
  exampleCount: number;
  tokenCount: number;
  validationCount: number;
  /** the base model the dataset was written for, suggested for the job */
  baseModel: string | null;
};

/** The form's starting values: empty, a version preselected, or a job's choices to train again. */
export type NewJobDefaults = {
  connectionId: string | null;
  model: string | null;
  versionId: string | null;
  validation: { source: "split" | "none" } | { source: "version"; versionId: string } | null;
  hyperparameters: Record<"n_epochs" | "batch_size" | "learning_rate_multiplier" | "beta", HyperparameterChoice>;
  suffix: string;
  seed: number | null;
  metadata: { key: string; value: string }[];
  /** train again: the job that is copied, and whether it trained on a file that has to be chosen again */
  from: { jobId: string; uploadedFile: boolean } | null;
};

export type JobReview = {
  method: JobMethod;
  examples: number;
  /** one epoch's billed tokens, and the job's (× epochs) */
  billingTokens: number;
  epochs: number;
  billedTokens: number;
  cost: number | null;
  price: { model: string; training: number; source: "workspace" | "list"; asOf: string } | null;
  /** the findings in the versions it sends; files chosen on the form are checked by the browser */
  sensitive: { examples: number; kinds: SensitiveCounts };
};

export type ModelsResponse = BaseModelList;
