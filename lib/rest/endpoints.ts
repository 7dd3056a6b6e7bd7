/** Every /api/v1 endpoint with what it takes: the OpenAPI document is built from this list and the zod schemas. */
import type { z } from "zod";
import type { Need } from "./authorize";
import {
  afterQuerySchema,
  chatCompletionBodySchema,
  createDatasetBodySchema,
  createDatasetQuerySchema,
  createJobBodySchema,
  freezeBodySchema,
  importQuerySchema,
  jobListQuerySchema,
} from "./schema";

export type Endpoint = {
  method: "get" | "post";
  path: string;
  need: Need;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A file of examples (JSONL) as the body instead of, or besides, JSON. */
  file?: "only" | "alternative";
  status?: number;
  stream?: boolean;
};

export const ENDPOINTS: Endpoint[] = [
  { method: "get", path: "/connections", need: "read", summary: "List the workspace's connections (names and kinds)" },
  { method: "get", path: "/datasets", need: "read", summary: "List datasets" },
  {
    method: "post",
    path: "/datasets",
    need: "datasets",
    summary: "Create a dataset: empty (JSON body) or from a JSONL body (name in the query)",
    body: createDatasetBodySchema,
    query: createDatasetQuerySchema,
    file: "alternative",
    status: 201,
  },
  { method: "get", path: "/datasets/{datasetId}", need: "read", summary: "Get a dataset with its versions" },
  {
    method: "post",
    path: "/datasets/{datasetId}/examples",
    need: "datasets",
    summary: "Import examples from a JSONL body (all or none)",
    query: importQuerySchema,
    file: "only",
  },
  { method: "get", path: "/datasets/{datasetId}/versions", need: "read", summary: "List a dataset's versions" },
  {
    method: "post",
    path: "/datasets/{datasetId}/versions",
    need: "datasets",
    summary: "Freeze a version, optionally with a validation split",
    body: freezeBodySchema,
    status: 201,
  },
  { method: "get", path: "/versions/{versionId}", need: "read", summary: "Get a frozen version's figures" },
  { method: "get", path: "/jobs", need: "read", summary: "List jobs, newest first", query: jobListQuerySchema },
  {
    method: "post",
    path: "/jobs",
    need: "jobs",
    summary: "Start a fine-tuning job from a version on a connection",
    body: createJobBodySchema,
    status: 201,
  },
  { method: "get", path: "/jobs/{jobId}", need: "read", summary: "Get a job" },
  {
    method: "get",
    path: "/jobs/{jobId}/events",
    need: "read",
    summary: "A job's events after a seq",
    query: afterQuerySchema,
  },
  {
    method: "get",
    path: "/jobs/{jobId}/metrics",
    need: "read",
    summary: "A job's metrics after a step",
    query: afterQuerySchema,
  },
  { method: "post", path: "/jobs/{jobId}/cancel", need: "jobs", summary: "Cancel a job" },
  {
    method: "post",
    path: "/chat/completions",
    need: "chat",
    summary: "Chat with a model (whole answer, or streamed as Server-Sent Events)",
    body: chatCompletionBodySchema,
    stream: true,
  },
];
