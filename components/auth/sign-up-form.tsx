"use client";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/auth/schema";
import { AuthCard } from "./auth-card";

export function SignUpForm() {
  const t = useTranslations("auth");
  const form = useActionForm(signUpAction);
  return (
    <AuthCard
      title={t("signUpTitle")}
      lead={t("signUpLead")}
      other={{ question: t("haveAccount"), link: t("toSignIn"), href: "/sign-in" }}
    >
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
    </AuthCard>
  );
}
