/** The OpenAPI 3.1 document of /api/v1, made from ENDPOINTS and their zod schemas so it cannot drift from them. */
import { z } from "zod";
import { TOKEN_SCOPES } from "@/lib/api-tokens/schema";
import { PROVIDER_FAILURES, PROVIDER_STEPS } from "@/lib/providers/failures";
import { ENDPOINTS, type Endpoint } from "./endpoints";

const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "unauthorized",
            "forbidden",
            "not_found",
            "invalid_input",
            "conflict",
            "too_large",
            "provider_unavailable",
            "rate_limited",
            "internal",
          ],
        },
        message: { type: "string" },
        reason: {
          type: "object",
          description:
            "Why, beyond the code: `provider` for a failed call to the connection's provider (its failure, the HTTP " +
            "status it answered with, the outbound rule when the app refused the call), else a feature's own reason",
          required: ["code"],
          properties: {
            code: { type: "string" },
            params: { type: "object" },
            provider: {
              type: "object",
              required: ["reason"],
              properties: {
                reason: { type: "string", enum: [...PROVIDER_FAILURES] },
                status: { type: "integer" },
                blocked: { type: "object", properties: { rule: { type: "string" }, host: { type: "string" } } },
              },
            },
            step: { type: "string", enum: [...PROVIDER_STEPS] },
            detail: { type: "string", description: "The provider's own explanation of a refused request" },
          },
        },
        ref: {
          type: "string",
          description:
            "For `internal`: the reference of the server's log line, to quote to whoever runs the installation",
        },
        fields: {
          type: "object",
          description: "Per field (dotted path): a message code and its values",
          additionalProperties: {
            type: "object",
            properties: { code: { type: "string" }, params: { type: "object" } },
          },
        },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function parametersOf(endpoint: Endpoint) {
  const inPath = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const shape = endpoint.query?.shape ?? {};
  const inQuery = Object.entries(shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: schemaOf(schema as z.ZodType),
  }));
  return [...inPath, ...inQuery];
}

function requestBodyOf(endpoint: Endpoint) {
  const content: Record<string, { schema: object }> = {};
  if (endpoint.body && endpoint.file !== "only") content["application/json"] = { schema: schemaOf(endpoint.body) };
  if (endpoint.file) content["application/jsonl"] = { schema: { type: "string", description: "One example a line" } };
  return Object.keys(content).length ? { requestBody: { required: true, content } } : {};
}

function operationOf(endpoint: Endpoint) {
  const ok: Record<string, object> = { "application/json": { schema: { type: "object" } } };
  if (endpoint.stream) ok["text/event-stream"] = { schema: { type: "string" } };
  return {
    summary: endpoint.summary,
    operationId: `${endpoint.method}${endpoint.path.replace(/\{(\w+)\}/g, "By-$1").replace(/[^a-zA-Z]+(\w)?/g, (_, next: string | undefined) => (next ?? "").toUpperCase())}`,
    description: `Needs the \`${endpoint.need}\` scope${endpoint.need === "read" ? " (every token has it)" : ""}.`,
    parameters: parametersOf(endpoint),
    ...requestBodyOf(endpoint),
    responses: {
      [String(endpoint.status ?? 200)]: { description: "Done", content: ok },
      "400": errorResponse("The input does not fit; `fields` says where"),
      "401": errorResponse("No token, or an unknown, revoked or expired one"),
      "403": errorResponse("The token's scopes or its owner's role do not allow this"),
      "404": errorResponse("Not there, or in another workspace"),
      "429": {
        ...errorResponse("Too many requests with this token"),
        headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } },
      },
    },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operationOf(endpoint) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Finetune Playground API",
      version: "1",
      description: `Datasets, versions, fine-tuning jobs and chat of one workspace. Authenticate with a personal API token (Settings → API tokens) as \`Authorization: Bearer fp_…\`. Scopes: ${TOKEN_SCOPES.join(", ")}.`,
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal API token, fp_…" } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
