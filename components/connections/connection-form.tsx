"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { type ConnectionKind, connectionKinds, DEFAULT_AZURE_API_VERSION } from "@/lib/connections/kinds";
import type { ConnectionView } from "@/lib/connections/view";
import { SandboxFields } from "./sandbox-fields";

export type ConnectionFormValues = { kind: ConnectionKind } & Record<string, string>;

type ConnectionFormProps = {
  connection?: ConnectionView;
  pending: boolean;
  formError?: string;
  fieldError: (name: string) => string | undefined;
  onSubmit: (values: ConnectionFormValues) => void;
  onCancel: () => void;
};

/** Add or edit a connection; the fields follow the provider. The saved key is never filled in. */
export function ConnectionForm({
  connection,
  pending,
  formError,
  fieldError,
  onSubmit,
  onCancel,
}: ConnectionFormProps) {
  const t = useTranslations("connections");
  const [kind, setKind] = useState<ConnectionKind>(connection?.kind ?? "openai");
  const editing = Boolean(connection);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entries = [...new FormData(event.currentTarget).entries()].map(([key, value]) => [key, String(value)]);
    onSubmit({ ...Object.fromEntries(entries), kind });
  }

  const keyHelp = editing && connection?.apiKeyLast4 ? t("apiKeyKeep", { last4: connection.apiKeyLast4 }) : undefined;
  const apiKeyField = (
    <Field
      label={t("apiKey")}
      name="apiKey"
      type="password"
      autoComplete="off"
      help={keyHelp}
      error={fieldError("apiKey")}
    />
  );
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {formError && <Alert>{formError}</Alert>}
      {!editing && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium">{t("kind")}</legend>
          {connectionKinds.map((value) => (
            <div
              key={value}
              className={cn(
                "rounded-md border p-3 text-sm",
                kind === value ? "border-primary bg-muted" : "border-border",
              )}
            >
              <label className="flex cursor-pointer items-center gap-3 font-medium">
                <input
                  type="radio"
                  name="kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                  aria-describedby={`kind-help-${value}`}
                />
                {t(`kinds.${value}`)}
              </label>
              <p id={`kind-help-${value}`} className="mt-1 pl-7 text-xs text-fg-muted">
                {t(`kindHelp.${value}`)}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      <Field
        label={t("name")}
        name="name"
        defaultValue={connection?.name ?? t(`kinds.${kind}`)}
        key={`name-${kind}`}
        error={fieldError("name")}
      />
      {kind === "sandbox" && <SandboxFields connection={connection} fieldError={fieldError} />}
      {kind === "openai" && (
        <>
          {apiKeyField}
          <Field
            label={t("organization")}
            name="organization"
            defaultValue={connection?.organization ?? ""}
            error={fieldError("organization")}
          />
          <Field
            label={t("project")}
            name="project"
            defaultValue={connection?.project ?? ""}
            error={fieldError("project")}
          />
          <Field
            label={t("baseUrl")}
            name="baseUrl"
            type="url"
            placeholder="https://api.openai.com/v1"
            defaultValue={connection?.baseUrl ?? ""}
            help={t("baseUrlHelp")}
            error={fieldError("baseUrl")}
          />
        </>
      )}
      {(kind === "compatible" || kind === "inference") && (
        <>
          <Field
            label={t("serviceUrl")}
            name="baseUrl"
            type="url"
            placeholder={kind === "inference" ? "http://localhost:11434/v1" : "https://llm.example.com/v1"}
            defaultValue={connection?.baseUrl ?? ""}
            help={t(`serviceUrlHelp.${kind}`)}
            error={fieldError("baseUrl")}
          />
          {kind === "inference" ? (
            <Field
              label={t("apiKeyOptional")}
              name="apiKey"
              type="password"
              autoComplete="off"
              help={keyHelp ?? t("apiKeyOptionalHelp")}
              error={fieldError("apiKey")}
            />
          ) : (
            apiKeyField
          )}
        </>
      )}
      {kind === "azure" && (
        <>
          <Field
            label={t("endpoint")}
            name="endpoint"
            type="url"
            placeholder="https://my-resource.openai.azure.com"
            defaultValue={connection?.endpoint ?? ""}
            help={t("endpointHelp")}
            error={fieldError("endpoint")}
          />
          {apiKeyField}
          <Field
            label={t("apiVersion")}
            name="apiVersion"
            defaultValue={connection?.apiVersion ?? DEFAULT_AZURE_API_VERSION}
            error={fieldError("apiVersion")}
          />
        </>
      )}
      <div className="mt-2 flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
