"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";

export function SignInForm() {
  const t = useTranslations("auth");
  const form = useActionForm(signInAction);
  return (
    <Card>
      <h1 className="text-xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-1 text-sm text-fg-muted">{t("signInLead")}</p>
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
      <p className="mt-5 text-sm text-fg-muted">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("toSignUp")}
        </Link>
      </p>
    </Card>
  );
}
