/**
 * How the browser reads the dataset studio's data: the query keys, the route URLs and a schema for each JSON
 * answer, checked against the types the route handlers return.
 */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import { EXAMPLE_PAGE_SIZE } from "./example-filters";
import type { countExampleFilters, diffVersions, getExampleOrThrow, listExamplePage } from "./queries";

const responses = () => import("./responses");

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
export type FilterCounts = Awaited<ReturnType<typeof countExampleFilters>>;
/** The first page also carries how many examples each filter shows. */
export type FirstExamplePage = ExamplePage & { counts: FilterCounts };
export type Example = Awaited<ReturnType<typeof getExampleOrThrow>>;
export type VersionDiff = Awaited<ReturnType<typeof diffVersions>>;

/** One page of the examples that match `query` (the list's filters as a query string). */
export const examplePageQueryOptions = (datasetId: string, query: string, page: number) =>
  queryOptions({
    queryKey: datasetKeys.page(datasetId, query, page),
    queryFn: () =>
      fetchJson(
        `/api/datasets/${datasetId}/examples?${query}${query ? "&" : ""}offset=${page * EXAMPLE_PAGE_SIZE}&limit=${EXAMPLE_PAGE_SIZE}`,
        () => responses().then((m) => m.examplePageSchema),
      ),
    staleTime: 30_000,
  });

/** One example as the editor shows it. */
export const exampleQueryOptions = (datasetId: string, exampleId: string) =>
  queryOptions({
    queryKey: datasetKeys.example(datasetId, exampleId),
    queryFn: () =>
      fetchJson(`/api/datasets/${datasetId}/examples/${exampleId}`, () => responses().then((m) => m.exampleSchema)),
  });

/** What changed from one frozen version to another; frozen versions never change, so neither does this. */
export const versionDiffQueryOptions = (datasetId: string, from: string, to: string) =>
  queryOptions({
    queryKey: datasetKeys.diff(datasetId, from, to),
    queryFn: () =>
      fetchJson(`/api/datasets/${datasetId}/diff?${new URLSearchParams({ from, to })}`, () =>
        responses().then((m) => m.versionDiffSchema),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Where a file is imported into a dataset (the raw body; its name and CSV mapping in headers). */
export const datasetImportUrl = (datasetId: string) => `/api/datasets/${datasetId}/import`;

/** What an import answers: how many examples came in, from which format. */
export const parseDatasetImport = async (body: unknown) => (await responses()).datasetImportSchema.parse(body);

/** A frozen version's JSONL download (`part: "validation"` for its validation examples). */
export const versionExportUrl = (versionId: string, part?: "validation") =>
  `/api/versions/${versionId}/export${part ? `?part=${part}` : ""}`;
