import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterFrom } from "@/lib/audit/schema";
import { requirePageAccess } from "@/lib/auth/access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team.audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await requirePageAccess("audit.read");
  const t = await getTranslations("team.audit");
  const raw = await searchParams;
  const filter = auditFilterFrom(raw);
  const [entries, actors] = await Promise.all([
    listAuditEntries({ workspaceId: access.workspace.id, filter }),
    listAuditActors(access.workspace.id),
  ]);
  const query = new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" && value ? [[key, value]] : [])),
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("description")}
        actions={
          <a
            href={`/audit/export?${query}`}
            download
            className="inline-flex h-10 items-center rounded-md border border-border bg-surface px-4 text-sm font-medium hover:bg-muted"
          >
            {t("export")}
          </a>
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <AuditFilters
            actors={actors}
            values={{
              actor: filter.actor ?? "",
              action: filter.action ?? "",
              from: typeof raw.from === "string" ? raw.from : "",
              to: typeof raw.to === "string" ? raw.to : "",
            }}
          />
        </Card>
        <Card className="p-0">
          <AuditTable entries={entries} />
        </Card>
        {entries.length === AUDIT_PAGE_SIZE && (
          <p className="text-sm text-fg-muted">{t("limited", { count: AUDIT_PAGE_SIZE })}</p>
        )}
      </div>
    </>
  );
}
