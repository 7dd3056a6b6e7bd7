import { useFormatter, useTranslations } from "next-intl";
import type { AuditDetails } from "@/lib/audit/record";

type Entry = {
  id: string;
  createdAt: Date;
  actorName: string;
  actorEmail: string;
  action: string;
  targetType: string | null;
  targetName: string | null;
  targetId: string | null;
  details: AuditDetails;
};

function detailText(details: AuditDetails): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== "")
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
    .join(" · ");
}

export function AuditTable({ entries }: { entries: Entry[] }) {
  const t = useTranslations("team.audit");
  const format = useFormatter();
  if (entries.length === 0) return <p className="p-5 text-sm text-fg-muted">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead className="border-b border-border text-xs text-fg-muted uppercase">
          <tr>
            <th className="px-4 py-2 font-medium">{t("time")}</th>
            <th className="px-4 py-2 font-medium">{t("person")}</th>
            <th className="px-4 py-2 font-medium">{t("action")}</th>
            <th className="px-4 py-2 font-medium">{t("target")}</th>
            <th className="hidden px-4 py-2 font-medium md:table-cell">{t("details")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {entries.map((entry) => (
            <tr key={entry.id} data-action={entry.action}>
              <td className="px-4 py-2 whitespace-nowrap text-fg-muted">
                {format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </td>
              <td className="px-4 py-2">
                <span title={entry.actorEmail}>{entry.actorName}</span>
              </td>
              <td className="px-4 py-2">
                {t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}
              </td>
              <td className="px-4 py-2 break-all">{entry.targetName ?? entry.targetId ?? ""}</td>
              <td className="hidden px-4 py-2 text-fg-muted md:table-cell">{detailText(entry.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
