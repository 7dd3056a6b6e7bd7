import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppearanceSettings } from "@/components/settings/appearance-settings";
import { PriceTable } from "@/components/settings/price-table";
import { WebhookSettings } from "@/components/settings/webhook-settings";
import { WorkspaceNameForm } from "@/components/settings/workspace-name-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { listPrices } from "@/lib/pricing/queries";
import { getWebhook } from "@/lib/webhooks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const access = await requirePageAccess();
  const t = await getTranslations("settings");
  const tTeam = await getTranslations("team");
  const tWebhooks = await getTranslations("webhooks");
  const [prices, webhook] = await Promise.all([listPrices(access.workspace.id), getWebhook(access.workspace.id)]);
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="flex flex-col gap-6">
        <Card>
          <h2 className="mb-4 font-semibold">{t("workspace")}</h2>
          <WorkspaceNameForm name={access.workspace.name} canEdit={can(access.role, "settings.manage")} />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">{t("prices.title")}</h2>
          <PriceTable prices={prices} canEdit={can(access.role, "settings.manage")} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{tWebhooks("title")}</h2>
          <WebhookSettings webhook={webhook} canEdit={can(access.role, "settings.manage")} />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">{t("appearance")}</h2>
          <AppearanceSettings />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("account")}</h2>
          <p className="text-sm">{t("signedInAs", { email: access.user.email })}</p>
          <p className="mt-1 text-sm text-fg-muted">{t("role", { role: tTeam(`roles.${access.role}`) })}</p>
        </Card>
      </div>
    </>
  );
}
