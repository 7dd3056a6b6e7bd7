import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { NoSignUp } from "@/lib/installation/signup";
import { AuthCard } from "./auth-card";

/** The sign-up page where this installation offers no sign-up to the visitor: why, and the way to sign in. */
export function SignUpRefused({ reason }: { reason: NoSignUp }) {
  const t = useTranslations("auth");
  const tRefusal = useTranslations("errors.reason.signup");
  return (
    <AuthCard title={t("signUpTitle")} other={{ question: t("haveAccount"), link: t("toSignIn"), href: "/sign-in" }}>
      <div className="mt-4" data-testid="signup-refused">
        <Alert tone="info">{tRefusal(reason)}</Alert>
      </div>
    </AuthCard>
  );
}
