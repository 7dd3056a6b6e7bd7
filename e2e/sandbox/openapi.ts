/** OpenAI's published OpenAPI document, compiled with Ajv, to check every Sandbox response against it. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import YAML from "yaml";

// OpenAI's official OpenAPI document (openai/openai-openapi), kept beside the tests so they run anywhere.
const SPEC_PATH = process.env.OPENAI_OPENAPI_SPEC ?? path.join(import.meta.dirname, "openai-openapi.yaml");
const SPEC_ID = "https://openai.local/openapi.json";
const CACHE_DIR = path.resolve(import.meta.dirname, "../../node_modules/.cache/e2e");

type Schema = { [key: string]: unknown };
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Spec = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
type Route = { template: string; pattern: RegExp; params: number };

const isObject = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * OpenAPI 3.0 habits the 3.1 document still carries, rewritten into JSON Schema 2020-12. `x-*` and
 * `discriminator` are annotations here: Ajv ignores unknown keywords with `strict: false`.
 */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (!isObject(node)) return node;
  const schema: Schema = { ...node };
  // `allOf: [{$ref: X}, {nullable: true}]` means "an X or null".
  let nullable = schema.nullable === true;
  if (Array.isArray(schema.allOf) && schema.allOf.some((member) => isObject(member) && member.nullable === true)) {
    nullable = true;
    schema.allOf = schema.allOf.map((member) => (isObject(member) ? { ...member, nullable: undefined } : member));
  }
  delete schema.nullable;
  for (const [key, value] of Object.entries(schema)) {
    if (value === undefined) delete schema[key];
    else schema[key] = normalize(value);
  }
  // `{minimum: 0, exclusiveMinimum: true}` (3.0) is `{exclusiveMinimum: 0}` (2020-12).
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof schema[flag] !== "boolean") continue;
    if (schema[flag] && typeof schema[bound] === "number") {
      schema[flag] = schema[bound];
      delete schema[bound];
    } else delete schema[flag];
  }
  return nullable ? { anyOf: [schema, { type: "null" }] } : schema;
}

/**
 * Where the spec disagrees with its own examples and with the API it describes. Each patch is a known
 * defect of the document, not a relaxation for the Sandbox's sake.
 */
function patchSpec(schemas: Record<string, Schema>) {
  // The pause endpoint's own example answers `"status": "paused"`, which the status enum lacks.
  const job = schemas.FineTuningJob?.properties as Record<string, Schema>;
  const status = job.status as { enum: string[] };
  status.enum = [...status.enum, "paused"];
  // An empty page has no first or last id; the checkpoints list in the same document allows null for it.
  const files = schemas.ListFilesResponse?.properties as Record<string, Schema>;
  for (const key of ["first_id", "last_id"]) files[key] = { anyOf: [{ type: "string" }, { type: "null" }] };
}

/**
 * The document's paths and schemas. Parsing its 3 MB of YAML takes seconds on a busy machine, in every test worker,
 * within the time of whichever test checks a response first; so it is parsed once per version of the file (the
 * global setup does it before the tests start) and kept as JSON, which reads in a fraction of a second.
 */
export function readSpec(): Spec {
  const text = fs.readFileSync(SPEC_PATH, "utf8");
  const cached = path.join(CACHE_DIR, `openai-openapi-${createHash("sha256").update(text).digest("hex")}.json`);
  if (fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, "utf8")) as Spec;
  const raw = YAML.parse(text) as Spec;
  const spec = { paths: raw.paths, components: { schemas: raw.components.schemas } };
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed, so a worker reading at the same time never sees half a file.
  const written = `${cached}.${process.pid}`;
  fs.writeFileSync(written, JSON.stringify(spec));
  fs.renameSync(written, cached);
  return spec;
}

function loadSpec() {
  const raw = readSpec();
  const spec = normalize({ $id: SPEC_ID, paths: raw.paths, components: { schemas: raw.components.schemas } }) as Spec;
  patchSpec(spec.components.schemas);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addFormat("unixtime", true);
  ajv.addSchema(spec as object);
  const routes: Route[] = Object.keys(spec.paths)
    .map((template) => {
      const parts = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
      return { template, pattern: new RegExp(`^${parts.join("[^/]+")}$`), params: parts.length - 1 };
    })
    .sort((a, b) => a.params - b.params);
  return { spec, ajv, routes, validators: new Map<string, ValidateFunction>() };
}

let loaded: ReturnType<typeof loadSpec> | undefined;
const specOnce = () => {
  loaded ??= loadSpec();
  return loaded;
};

const pointer = (...segments: string[]) =>
  segments.map((segment) => `/${encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"))}`).join("");

function validatorAt(fragment: string): ValidateFunction {
  const { ajv, validators } = specOnce();
  let validate = validators.get(fragment);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}#${fragment}` });
    validators.set(fragment, validate);
  }
  return validate;
}

function explain(errors: ErrorObject[] | null | undefined): string[] {
  // Items of one array fail alike: `/data/*/expires_at` once instead of once per item.
  const lines = (errors ?? [])
    .toSorted((a, b) => b.instancePath.length - a.instancePath.length)
    .map((error) => {
      const where = error.instancePath.replace(/\/\d+(?=\/|$)/g, "/*") || "/";
      return `${where} ${error.message ?? ""} ${JSON.stringify(error.params)}`;
    });
  return [...new Set(lines)].slice(0, 12);
}

/** Ajv's complaints about `value` as an instance of `components.schemas[name]`; empty when it conforms. */
export function schemaProblems(name: string, value: unknown): string[] {
  const validate = validatorAt(pointer("components", "schemas", name));
  return validate(value) ? [] : explain(validate.errors);
}

/**
 * The spec's operation for a request, and Ajv's complaints about its JSON response body: a 2xx against
 * the operation's 200 schema, an error status against `ErrorResponse` (OpenAI's shape for every error).
 */
export function responseProblems(method: string, path: string, status: number, body: unknown) {
  const { spec, routes } = specOnce();
  const route = routes.find((candidate) => candidate.pattern.test(path) && spec.paths[candidate.template]?.[method]);
  const operation = `${method.toUpperCase()} ${route?.template ?? path}`;
  if (status >= 400) return { operation, problems: schemaProblems("ErrorResponse", body) };
  if (!route) return { operation, problems: ["the spec has no such operation"] };
  const content = spec.paths[route.template]?.[method]?.responses?.["200"]?.content?.["application/json"];
  if (!content?.schema) return { operation, problems: ["the spec has no 200 application/json schema for it"] };
  const validate = validatorAt(
    pointer("paths", route.template, method, "responses", "200", "content", "application/json", "schema"),
  );
  return { operation, problems: validate(body) ? [] : explain(validate.errors) };
}
