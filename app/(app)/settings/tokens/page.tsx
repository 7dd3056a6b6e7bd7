import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { TokenSettings } from "@/components/tokens/token-settings";
import { Card } from "@/components/ui/card";
import { listTokens } from "@/lib/api-tokens/queries";
import { requirePageAccess } from "@/lib/auth/access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

export default async function TokensPage() {
  const access = await requirePageAccess();
  const t = await getTranslations("apiTokens");
  const tokens = await listTokens({ workspaceId: access.workspace.id, userId: access.user.id });
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t.rich("lead", {
          docs: (chunks) => (
            <Link href="/docs" className="text-primary underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      />
      <Card>
        <TokenSettings tokens={tokens} />
      </Card>
    </>
  );
}
