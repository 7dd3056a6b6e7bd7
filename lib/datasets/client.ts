/**
 * How the browser reads the dataset studio's data: the query keys, the route URLs and a schema for each JSON
 * answer, checked against the types the route handlers return.
 */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { fetchJson } from "@/lib/http/fetch-json";
import { exampleIssueSchema } from "@/lib/training-data/issues";
import { EXAMPLE_PAGE_SIZE } from "./example-filters";
import type { countExampleFilters, diffVersions, getExampleOrThrow, listExamplePage } from "./queries";

export const datasetKeys = {
  /** everything the studio holds of one dataset */
  dataset: (datasetId: string) => ["datasets", datasetId] as const,
  examples: (datasetId: string) => ["datasets", datasetId, "examples"] as const,
  /** Under `examples`, so whatever refreshes the list refreshes its pages. */
  page: (datasetId: string, query: string, page: number) =>
    ["datasets", datasetId, "examples", "page", query, page] as const,
  example: (datasetId: string, exampleId: string) => ["datasets", datasetId, "examples", exampleId] as const,
  diff: (datasetId: string, fromVersionId: string, toVersionId: string) =>
    ["datasets", datasetId, "diff", fromVersionId, toVersionId] as const,
};

export type ExamplePage = Awaited<ReturnType<typeof listExamplePage>>;
export type ExampleSummary = ExamplePage["examples"][number];
type FilterCounts = Awaited<ReturnType<typeof countExampleFilters>>;
/** The first page also carries how many examples each filter shows. */
export type FirstExamplePage = ExamplePage & { counts: FilterCounts };
type Example = Awaited<ReturnType<typeof getExampleOrThrow>>;
type VersionDiff = Awaited<ReturnType<typeof diffVersions>>;

const examplePageSchema = z.object({
  total: z.number(),
  offset: z.number(),
  examples: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      preview: z.string(),
      tokens: z.number(),
      errorCount: z.number(),
      warningCount: z.number(),
    }),
  ),
  counts: z.optional(z.object({ all: z.number(), errors: z.number(), warnings: z.number(), sensitive: z.number() })),
}) satisfies z.ZodMiniType<ExamplePage & { counts?: FilterCounts }>;

const exampleSchema = z.object({
  id: z.string(),
  position: z.number(),
  data: z.record(z.string(), z.unknown()),
  tokens: z.number(),
  issues: z.array(exampleIssueSchema),
  revision: z.number(),
}) satisfies z.ZodMiniType<Example>;

const versionDiffSchema = z.object({
  from: z.object({ number: z.number() }),
  to: z.object({ number: z.number() }),
  added: z.number(),
  removed: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  items: z.array(
    z.object({
      kind: z.enum(["added", "removed", "changed"]),
      question: z.string(),
      before: z.optional(z.string()),
      after: z.optional(z.string()),
    }),
  ),
}) satisfies z.ZodMiniType<VersionDiff>;

/** One page of the examples that match `query` (the list's filters as a query string). */
export const examplePageQueryOptions = (datasetId: string, query: string, page: number) =>
  queryOptions({
    queryKey: datasetKeys.page(datasetId, query, page),
    queryFn: () =>
      fetchJson(
        `/api/datasets/${datasetId}/examples?${query}${query ? "&" : ""}offset=${page * EXAMPLE_PAGE_SIZE}&limit=${EXAMPLE_PAGE_SIZE}`,
        examplePageSchema,
      ),
    staleTime: 30_000,
  });

/** One example as the editor shows it. */
export const exampleQueryOptions = (datasetId: string, exampleId: string) =>
  queryOptions({
    queryKey: datasetKeys.example(datasetId, exampleId),
    queryFn: () => fetchJson(`/api/datasets/${datasetId}/examples/${exampleId}`, exampleSchema),
  });

/** What changed from one frozen version to another; frozen versions never change, so neither does this. */
export const versionDiffQueryOptions = (datasetId: string, from: string, to: string) =>
  queryOptions({
    queryKey: datasetKeys.diff(datasetId, from, to),
    queryFn: () => fetchJson(`/api/datasets/${datasetId}/diff?${new URLSearchParams({ from, to })}`, versionDiffSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Where a file is imported into a dataset (the raw body; its name and CSV mapping in headers). */
export const datasetImportUrl = (datasetId: string) => `/api/datasets/${datasetId}/import`;

export const datasetImportSchema = z.object({ imported: z.number(), format: z.string(), converted: z.boolean() });

/** A frozen version's JSONL download (`part: "validation"` for its validation examples). */
export const versionExportUrl = (versionId: string, part?: "validation") =>
  `/api/versions/${versionId}/export${part ? `?part=${part}` : ""}`;
