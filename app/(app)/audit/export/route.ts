import { exportAuditCsv } from "@/lib/audit/queries";
import { auditFilterFrom } from "@/lib/audit/schema";
import { createRoute } from "@/lib/route";

/** The audit log with the page's filters (?actor=&action=&from=&to=) as a CSV download. */
export const GET = createRoute({ name: "GET /audit/export" }, async ({ access, request }) => {
  const filter = auditFilterFrom(new URL(request.url).searchParams);
  return new Response(await exportAuditCsv({ actor: access, filter }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
