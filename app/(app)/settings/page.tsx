import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WorkspaceData } from "@/components/portability/workspace-data";
import { AppearanceSettings } from "@/components/settings/appearance-settings";
import { DeleteWorkspace } from "@/components/settings/delete-workspace";
import { LifecycleRegistry } from "@/components/settings/lifecycle-registry";
import { PriceTable } from "@/components/settings/price-table";
import { SignupModeForm } from "@/components/settings/signup-mode-form";
import { WebhookSettings } from "@/components/settings/webhook-settings";
import { WorkspaceNameForm } from "@/components/settings/workspace-name-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { getSignupMode, isInstallationAdmin } from "@/lib/installation/queries";
import { listLifecycleOverrides, workspaceRegistry } from "@/lib/lifecycle/queries";
import { lifecycleSources } from "@/lib/models/lifecycle";
import { listPrices } from "@/lib/pricing/queries";
import { getWebhook } from "@/lib/webhooks/queries";
import { workspaceDeletionSummary } from "@/lib/workspaces/delete";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const access = await requirePageAccess();
  const t = await getTranslations("settings");
  const tTeam = await getTranslations("team");
  const tWebhooks = await getTranslations("webhooks");
  const tData = await getTranslations("portability");
  const canTransfer = can(access.role, "workspace.transfer");
  const tInstallation = await getTranslations("installation");
  const [prices, webhook, registry, overrides, summary, installationAdmin, signup] = await Promise.all([
    listPrices(access.workspace.id),
    getWebhook(access.workspace.id),
    workspaceRegistry(access.workspace.id),
    listLifecycleOverrides(access.workspace.id),
    workspaceDeletionSummary(access.workspace.id),
    isInstallationAdmin(access.user.id),
    getSignupMode(),
  ]);
  const notes = new Map(overrides.map((entry) => [`${entry.provider} ${entry.model}`, entry.note]));
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
          <PriceTable prices={prices} canEdit={can(access.role, "billing.manage")} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("lifecycle")}</h2>
          <LifecycleRegistry
            entries={registry.models.map((entry) => ({
              ...entry,
              note: notes.get(`${entry.provider} ${entry.model}`),
            }))}
            sources={{ ...lifecycleSources }}
            canEdit={can(access.role, "settings.manage")}
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{tWebhooks("title")}</h2>
          <WebhookSettings webhook={webhook} canEdit={can(access.role, "settings.manage")} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("apiTokens")}</h2>
          <p className="text-sm text-fg-muted">{t("apiTokensText")}</p>
          <Link href="/settings/tokens" className="mt-2 inline-block text-sm text-primary underline underline-offset-2">
            {t("apiTokensLink")}
          </Link>
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">{tData("title")}</h2>
          {canTransfer ? (
            <WorkspaceData
              counts={summary}
              canImport={summary.datasets + summary.versions + summary.jobs + summary.conversations === 0}
            />
          ) : (
            <p className="text-sm text-fg-muted">{tData("adminOnly")}</p>
          )}
        </Card>
        {installationAdmin && (
          <Card data-testid="installation-settings">
            <h2 className="mb-2 font-semibold">{tInstallation("title")}</h2>
            <p className="mb-4 text-sm text-fg-muted">{tInstallation("intro")}</p>
            <SignupModeForm mode={signup.mode} fixed={signup.source === "env"} />
          </Card>
        )}
        <Card>
          <h2 className="mb-4 font-semibold">{t("appearance")}</h2>
          <AppearanceSettings />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("account")}</h2>
          <p className="text-sm">{t("signedInAs", { email: access.user.email })}</p>
          <p className="mt-1 text-sm text-fg-muted">{t("role", { role: tTeam(`roles.${access.role}`) })}</p>
        </Card>
        <Card className="border-danger/40">
          <h2 className="mb-2 font-semibold">{t("delete.heading")}</h2>
          <DeleteWorkspace workspaceName={access.workspace.name} summary={summary} />
        </Card>
      </div>
    </>
  );
}
