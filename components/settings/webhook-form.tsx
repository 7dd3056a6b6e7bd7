"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveWebhookAction } from "@/app/(app)/settings/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/events";
import type { WebhookView } from "@/lib/webhooks/view";

const eventName = (event: WebhookEvent) => event.replace("job.", "") as "succeeded" | "failed" | "cancelled";

/** URL, events and on/off of the workspace's webhook; a new webhook hands its secret to `onSecret`. */
export function WebhookForm({
  webhook,
  onSecret,
}: {
  webhook: WebhookView | null;
  onSecret: (secret: string) => void;
}) {
  const t = useTranslations("webhooks");
  const [saved, setSaved] = useState(false);
  const form = useActionForm(saveWebhookAction, {
    onSuccess: ({ secret }) => {
      setSaved(true);
      if (secret) onSecret(secret);
    },
  });
  const eventsError = form.fieldError("events");
  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        const data = new FormData(event.currentTarget);
        form.run({
          url: String(data.get("url") ?? ""),
          events: data.getAll("events").map(String) as WebhookEvent[],
          enabled: data.get("enabled") === "on",
        });
      }}
    >
      {form.formError && <Alert>{form.formError}</Alert>}
      <Field
        label={t("url")}
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://example.com/webhooks/finetune"
        defaultValue={webhook?.url ?? ""}
        help={t("urlHelp")}
        error={form.fieldError("url")}
      />
      <fieldset aria-describedby={eventsError ? "webhook-events-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium">{t("events")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="events"
                value={event}
                defaultChecked={webhook ? webhook.events.includes(event) : true}
                className="size-4 accent-primary"
              />
              {t(`eventNames.${eventName(event)}`)}
            </label>
          ))}
        </div>
        {eventsError && (
          <p id="webhook-events-error" className="mt-1.5 text-sm text-danger">
            {eventsError}
          </p>
        )}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={webhook?.enabled ?? true}
          className="size-4 accent-primary"
        />
        {t("enabled")}
      </label>
      <SubmitRow
        pending={form.pending}
        saved={saved}
        labels={{ submit: webhook ? t("save") : t("create"), pending: t("saving"), saved: t("saved") }}
      />
    </form>
  );
}
