/** Reads a create-job request the way OpenAI checks it, with OpenAI's messages and `param`s. */
import { HYPERPARAMETER_RANGES, isInRange, type RequestedHyperparameters } from "@/lib/models/hyperparameters";
import { invalidRequest } from "../errors";

type Requested = RequestedHyperparameters;

type CreateJobRequest = {
  model: string;
  trainingFile: string;
  validationFile: string | null;
  method: "supervised" | "dpo";
  requested: Requested;
  suffix: string | null;
  seed: number | null;
  metadata: Record<string, string> | null;
};

function readHyperparameters(value: unknown, param: string, method: "supervised" | "dpo"): Requested {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw invalidRequest(`'${param}' must be an object.`, param);
  const requested: Requested = {};
  for (const [key, raw] of Object.entries(value)) {
    const range = Object.hasOwn(HYPERPARAMETER_RANGES, key) ? HYPERPARAMETER_RANGES[key as keyof Requested] : null;
    if (!range || (key === "beta" && method !== "dpo"))
      throw invalidRequest(`Unknown hyperparameter '${key}'.`, `${param}.${key}`);
    if (raw === "auto") {
      requested[key as keyof Requested] = "auto";
      continue;
    }
    if (!isInRange(raw, range)) {
      throw invalidRequest(
        `Invalid '${param}.${key}': expected "auto" or ${range.integer ? "an integer" : "a number"} between ${range.min} and ${range.max}.`,
        `${param}.${key}`,
        "invalid_value",
      );
    }
    requested[key as keyof Requested] = raw;
  }
  return requested;
}

function readMethod(body: Record<string, unknown>): { method: "supervised" | "dpo"; requested: Requested } {
  const legacy = readHyperparameters(body.hyperparameters, "hyperparameters", "supervised");
  if (body.method === undefined || body.method === null) return { method: "supervised", requested: legacy };
  const method = body.method as {
    type?: unknown;
    supervised?: { hyperparameters?: unknown };
    dpo?: { hyperparameters?: unknown };
  };
  if (method.type !== "supervised" && method.type !== "dpo") {
    throw invalidRequest(
      method.type === "reinforcement"
        ? "The Sandbox does not emulate reinforcement fine-tuning."
        : `Invalid 'method.type': expected 'supervised' or 'dpo'.`,
      "method.type",
    );
  }
  const own = readHyperparameters(
    method[method.type]?.hyperparameters,
    `method.${method.type}.hyperparameters`,
    method.type,
  );
  return { method: method.type, requested: { ...legacy, ...own } };
}

function readMetadata(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || Array.isArray(value))
    throw invalidRequest("'metadata' must be an object.", "metadata");
  const entries = Object.entries(value);
  if (entries.length > 16) throw invalidRequest("'metadata' can have at most 16 keys.", "metadata");
  for (const [key, item] of entries) {
    if (key.length > 64)
      throw invalidRequest(`Metadata key '${key.slice(0, 20)}…' is longer than 64 characters.`, "metadata");
    if (typeof item !== "string" || item.length > 512) {
      throw invalidRequest(`Metadata value of '${key}' must be a string of at most 512 characters.`, "metadata");
    }
  }
  return value as Record<string, string>;
}

export function readCreateJobRequest(body: Record<string, unknown>): CreateJobRequest {
  if (typeof body.model !== "string" || !body.model)
    throw invalidRequest("Missing required parameter: 'model'.", "model");
  if (typeof body.training_file !== "string" || !body.training_file) {
    throw invalidRequest("Missing required parameter: 'training_file'.", "training_file");
  }
  const validationFile = body.validation_file ?? null;
  if (validationFile !== null && typeof validationFile !== "string")
    throw invalidRequest("'validation_file' must be a file id.", "validation_file");
  const suffix = body.suffix ?? null;
  if (suffix !== null && (typeof suffix !== "string" || suffix.length < 1 || suffix.length > 64)) {
    throw invalidRequest("'suffix' must be a string of 1 to 64 characters.", "suffix");
  }
  const seed = body.seed ?? null;
  if (seed !== null && (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647)) {
    throw invalidRequest("'seed' must be an integer between 0 and 2147483647.", "seed");
  }
  return {
    model: body.model,
    trainingFile: body.training_file,
    validationFile,
    ...readMethod(body),
    suffix,
    seed,
    metadata: readMetadata(body.metadata),
  };
}
