import { countExampleFilters, listExamplePage, parseExampleQuery } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

// One page of the examples: ?offset=&limit= and the filters of parseExampleQuery. The first page also
// carries how many examples each filter shows.
export const GET = createRoute<{ datasetId: string }>(
  { name: "GET /api/datasets/[datasetId]/examples" },
  async ({ access, request, params }) => {
    const ref = { workspaceId: access.workspace.id, datasetId: params.datasetId };
    const search = new URL(request.url).searchParams;
    const offset = Number(search.get("offset") ?? 0) || 0;
    const limit = Number(search.get("limit") ?? 0) || 0;
    search.delete("offset");
    search.delete("limit");
    const page = await listExamplePage({ ...ref, query: parseExampleQuery(search), offset, limit });
    return offset === 0 ? { ...page, counts: await countExampleFilters(ref) } : page;
  },
);
