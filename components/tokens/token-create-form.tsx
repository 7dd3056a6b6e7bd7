"use client";
import { useTranslations } from "next-intl";
import { createTokenAction } from "@/app/(app)/settings/tokens/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TOKEN_LIFETIMES, TOKEN_SCOPES, type TokenScope } from "@/lib/api-tokens/schema";

/** Name, scopes and lifetime of a new token; the made token goes to `onCreated`, to be shown once. */
export function TokenCreateForm({ onCreated }: { onCreated: (created: { token: string; name: string }) => void }) {
  const t = useTranslations("apiTokens");
  const form = useActionForm(createTokenAction, { onSuccess: onCreated });
  const scopesError = form.fieldError("scopes");
  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        form.run({
          name: String(data.get("name") ?? ""),
          scopes: ["read", ...data.getAll("scopes").map(String)] as TokenScope[],
          expiresInDays: String(data.get("expiresInDays")) as (typeof TOKEN_LIFETIMES)[number],
        });
      }}
    >
      {form.formError && <Alert>{form.formError}</Alert>}
      <Field
        label={t("name")}
        name="name"
        placeholder={t("namePlaceholder")}
        help={t("nameHelp")}
        error={form.fieldError("name")}
      />
      <fieldset aria-describedby={scopesError ? "token-scopes-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium">{t("scopes")}</legend>
        <p className="mb-2 text-sm text-fg-muted">{t("scopesHelp")}</p>
        <div className="flex flex-col gap-2">
          {TOKEN_SCOPES.filter((scope) => scope !== "read").map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked
                className="mt-0.5 size-4 accent-primary"
              />
              <span>
                <span className="font-medium">{t(`scopeNames.${scope}`)}</span>
                <span className="block text-fg-muted">{t(`scopeHelp.${scope}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {scopesError && (
          <p id="token-scopes-error" className="mt-1.5 text-sm text-danger">
            {scopesError}
          </p>
        )}
      </fieldset>
      <SelectField
        label={t("expires")}
        name="expiresInDays"
        defaultValue="90"
        options={TOKEN_LIFETIMES.map((value) => ({
          value,
          label: value === "never" ? t("never") : t("days", { count: Number(value) }),
        }))}
      />
      <div>
        <Button type="submit" pending={form.pending}>
          {form.pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
