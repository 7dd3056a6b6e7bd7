import { auditCsv, listAuditEntries } from "@/lib/audit/queries";
import { record } from "@/lib/audit/record";
import { auditFilterFrom } from "@/lib/audit/schema";
import { createRoute } from "@/lib/route";

/** The audit log with the page's filters (?actor=&action=&from=&to=) as a CSV download. */
export const GET = createRoute({ name: "GET /audit/export" }, async ({ access, request }) => {
  const filter = auditFilterFrom(new URL(request.url).searchParams);
  const entries = await listAuditEntries({ workspaceId: access.workspace.id, filter, take: 100_000 });
  await record(access, "export.audit", null, { rows: entries.length });
  return new Response(auditCsv(entries), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
