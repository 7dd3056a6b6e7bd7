import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitation } from "@/components/members/accept-invitation";
import { PublicFrame } from "@/components/shell/public-frame";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getAccess } from "@/lib/auth/access";
import { signUpUnavailable } from "@/lib/installation/admission";
import { findInvitation } from "@/lib/invitations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team.accept"))("join") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("team");
  const tRefusal = await getTranslations("errors.reason.signup");
  const [invitation, access, noSignUp] = await Promise.all([
    findInvitation(token),
    getAccess(),
    signUpUnavailable(token),
  ]);
  return (
    <PublicFrame>
      <Card className="w-full max-w-md">
        {invitation?.status !== "valid" ? (
          <Alert>{t(`accept.${invitation?.status ?? "invalid"}`)}</Alert>
        ) : (
          <>
            <h1 className="mb-2 text-xl font-semibold">
              {t("accept.title", { workspace: invitation.workspace.name })}
            </h1>
            <p className="mb-4 text-sm text-fg-muted">
              {t("accept.body", { workspace: invitation.workspace.name, role: t(`roles.${invitation.role}`) })}
            </p>
            {access ? (
              <AcceptInvitation token={token} />
            ) : (
              <>
                {/* With sign-up closed, an invitation is only for people who already have an account. */}
                <p className="mb-4 text-sm">{noSignUp ? tRefusal(noSignUp) : t("accept.signInFirst")}</p>
                <div className="flex flex-wrap gap-2">
                  <Link href="/sign-in" className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-fg">
                    {t("accept.signIn")}
                  </Link>
                  {!noSignUp && (
                    <Link href="/sign-up" className="rounded-md border border-border px-4 py-2 text-sm font-medium">
                      {t("accept.signUp")}
                    </Link>
                  )}
                </div>
              </>
            )}
          </>
        )}
      </Card>
    </PublicFrame>
  );
}
