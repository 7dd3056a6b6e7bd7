import { diffVersions } from "@/lib/datasets/queries";
import { versionDiffSchema } from "@/lib/datasets/schema";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/route";
import { fieldErrorsFrom } from "@/lib/validation";

/** What changed from one version of the dataset (?from=versionId) to another (?to=versionId). */
export const GET = createRoute<{ datasetId: string }>(
  { name: "GET /api/datasets/[datasetId]/diff" },
  async ({ access, request, params }) => {
    const parsed = versionDiffSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      throw new AppError("invalid_input", "Two versions are needed", { fields: fieldErrorsFrom(parsed.error) });
    }
    return diffVersions({
      workspaceId: access.workspace.id,
      datasetId: params.datasetId,
      fromVersionId: parsed.data.from,
      toVersionId: parsed.data.to,
    });
  },
);
