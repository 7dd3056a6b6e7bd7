import { openResultFile } from "@/lib/jobs/result-file";
import { createRoute } from "@/lib/route";

/** The job's step_metrics.csv, streamed from the provider as a download. */
export const GET = createRoute<{ jobId: string; fileId: string }>(
  { name: "GET /api/jobs/[jobId]/result-files/[fileId]" },
  async ({ access, params }) => {
    const body = await openResultFile({ actor: access, ...params });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="step_metrics.csv"`,
      },
    });
  },
);
