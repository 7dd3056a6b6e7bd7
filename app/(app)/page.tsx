import { Cable, Database, FlaskConical, MessagesSquare } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RetiringCard } from "@/components/lifecycle/retiring-card";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageAccess } from "@/lib/auth/access";
import { listConnections } from "@/lib/connections/queries";
import { listRetiringModels } from "@/lib/lifecycle/queries";
import { WARNING_DAYS } from "@/lib/models/lifecycle";

const steps = [
  { key: "Connect", href: "/connections", icon: Cable },
  { key: "Datasets", href: "/datasets", icon: Database },
  { key: "Train", href: "/jobs", icon: FlaskConical },
  { key: "Chat", href: "/chat", icon: MessagesSquare },
] as const;

export default async function OverviewPage() {
  const access = await requirePageAccess();
  const [t, connections, retiring] = await Promise.all([
    getTranslations(),
    listConnections(access.workspace.id),
    listRetiringModels(access.workspace.id, new Date()),
  ]);
  return (
    <>
      <PageHeader title={t("overview.title", { workspace: access.workspace.name })} lead={t("overview.lead")} />
      <ol className="grid gap-4 sm:grid-cols-2">
        {steps.map(({ key, href, icon: Icon }, index) => (
          <li key={key}>
            <Link href={href} className="block h-full rounded-lg focus-visible:outline-2">
              <Card className="h-full transition hover:border-primary">
                <p className="flex items-center gap-2 font-medium">
                  <span className="grid size-6 place-items-center rounded-full bg-muted text-xs">{index + 1}</span>
                  <Icon aria-hidden className="size-4 text-fg-muted" />
                  {t(`overview.step${key}`)}
                </p>
                <p className="mt-2 text-sm text-fg-muted">{t(`overview.step${key}Text`)}</p>
              </Card>
            </Link>
          </li>
        ))}
      </ol>
      <div className="mt-10">
        <RetiringCard models={retiring} windowDays={WARNING_DAYS} />
      </div>
      <section aria-labelledby="overview-connections" className="mt-10">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="overview-connections" className="text-lg font-semibold">
            {t("overview.yourConnections")}
          </h2>
          <Link href="/connections" className="text-sm font-medium text-primary hover:underline">
            {t("overview.manage")}
          </Link>
        </div>
        <div className="rounded-lg border border-border bg-surface shadow-sm">
          <ul className="divide-y divide-border">
            {connections.map((connection) => (
              <li key={connection.id} className="flex items-center justify-between px-5 py-3 text-sm">
                <span className="font-medium">{connection.name}</span>
                <span className="text-fg-muted">{t(`connections.kinds.${connection.kind}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}
