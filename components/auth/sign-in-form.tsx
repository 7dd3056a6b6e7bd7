"use client";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { NoSignUp } from "@/lib/installation/signup";
import { AuthCard } from "./auth-card";

/** `signUpRefusal`: why this installation offers no sign-up to the visitor (null: it does). */
export function SignInForm({ signUpRefusal }: { signUpRefusal: NoSignUp | null }) {
  const t = useTranslations("auth");
  const tRefusal = useTranslations("errors.reason.signup");
  const form = useActionForm(signInAction);
  return (
    <AuthCard
      title={t("signInTitle")}
      lead={t("signInLead")}
      other={
        signUpRefusal
          ? { notice: tRefusal(signUpRefusal) }
          : { question: t("noAccount"), link: t("toSignUp"), href: "/sign-up" }
      }
    >
      <form
        noValidate
        className="mt-5 flex flex-col gap-4"
        onSubmit={form.onSubmit((values) => ({ email: values.email ?? "", password: values.password ?? "" }))}
      >
        {form.formError && <Alert>{form.formError}</Alert>}
        <Field
          label={t("email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={form.fieldError("email")}
        />
        <Field
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={form.fieldError("password")}
        />
        <Button type="submit" pending={form.pending}>
          {form.pending ? t("signingIn") : t("signIn")}
        </Button>
      </form>
    </AuthCard>
  );
}
