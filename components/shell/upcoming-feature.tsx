import { FlaskConical, MessagesSquare } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "./page-header";

const features = {
  training: { icon: FlaskConical, nav: "training" },
  chat: { icon: MessagesSquare, nav: "chat" },
} as const;
type Feature = keyof typeof features;

export async function upcomingFeatureMetadata(feature: Feature): Promise<Metadata> {
  return { title: (await getTranslations("nav"))(features[feature].nav) };
}

/** The honest empty state of a feature that is not built yet: what it will do, and what to do now. */
export async function UpcomingFeature({ feature }: { feature: Feature }) {
  const t = await getTranslations();
  const Icon = features[feature].icon;
  return (
    <>
      <PageHeader title={t(`empty.${feature}Title`)} />
      <Card className="flex flex-col items-center gap-3 py-12 text-center">
        <Icon aria-hidden className="size-10 text-fg-muted" />
        <p className="rounded-full bg-muted px-3 py-1 text-xs font-medium text-fg-muted">{t("empty.notYet")}</p>
        <p className="max-w-lg text-sm">{t(`empty.${feature}Text`)}</p>
        <p className="text-sm text-fg-muted">
          {t("empty.meanwhile")}{" "}
          <Link href="/connections" className="font-medium text-primary hover:underline">
            {t("nav.connections")}
          </Link>
        </p>
      </Card>
    </>
  );
}
