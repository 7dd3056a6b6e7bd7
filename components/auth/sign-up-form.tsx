"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/auth/schema";

export function SignUpForm() {
  const t = useTranslations("auth");
  const form = useActionForm(signUpAction);
  return (
    <Card>
      <h1 className="text-xl font-semibold">{t("signUpTitle")}</h1>
      <p className="mt-1 text-sm text-fg-muted">{t("signUpLead")}</p>
      <form
        noValidate
        className="mt-5 flex flex-col gap-4"
        onSubmit={form.onSubmit((values) => ({
          name: values.name ?? "",
          email: values.email ?? "",
          password: values.password ?? "",
        }))}
      >
        {form.formError && <Alert>{form.formError}</Alert>}
        <Field label={t("name")} name="name" autoComplete="name" required error={form.fieldError("name")} />
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
          autoComplete="new-password"
          required
          help={t("passwordHint", { min: PASSWORD_MIN })}
          error={form.fieldError("password")}
        />
        <Button type="submit" pending={form.pending}>
          {form.pending ? t("signingUp") : t("signUp")}
        </Button>
      </form>
      <p className="mt-5 text-sm text-fg-muted">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("toSignIn")}
        </Link>
      </p>
    </Card>
  );
}
