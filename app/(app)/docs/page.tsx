import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageAccess } from "@/lib/auth/access";
import { apiSamples } from "./examples";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

/** The samples name this server's address, as the browser reached it. */
async function apiBase(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const protocol = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${protocol}://${host}/api/v1`;
}

const STEPS = ["token", "dataset", "version", "job", "poll", "chat"] as const;

export default async function ApiDocsPage() {
  await requirePageAccess();
  const t = await getTranslations("apiDocs");
  const base = await apiBase();
  const link = (href: string) => (chunks: React.ReactNode) => (
    <Link href={href} className="text-primary underline underline-offset-2">
      {chunks}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="flex flex-col gap-6">
        <Card>
          <h2 className="mb-3 font-semibold">{t("stepsTitle")}</h2>
          <ol className="list-decimal space-y-2 pl-5 text-sm [overflow-wrap:anywhere]">
            {STEPS.map((step) => (
              <li key={step}>
                {t.rich(`steps.${step}`, {
                  tokens: link("/settings/tokens"),
                  code: (chunks) => <code className="font-mono text-xs">{chunks}</code>,
                })}
              </li>
            ))}
          </ol>
          <p className="mt-4 text-sm">
            {t.rich("reference", {
              spec: (chunks) => (
                <a href="/api/v1/openapi.json" className="text-primary underline underline-offset-2">
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p className="mt-2 text-sm text-fg-muted">{t("limits")}</p>
        </Card>
        {apiSamples(base).map((sample) => (
          <Card key={sample.id}>
            <h2 id={`sample-${sample.id}`} className="mb-3 font-semibold">
              {t(`samples.${sample.id}`)}
            </h2>
            <pre className="rounded-md border border-border bg-muted p-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap">
              <code>{sample.code}</code>
            </pre>
          </Card>
        ))}
      </div>
    </>
  );
}
