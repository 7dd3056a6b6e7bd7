"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteWebhookAction, rotateWebhookSecretAction, sendTestWebhookAction } from "@/app/(app)/settings/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { SendResult, WebhookView } from "@/lib/webhooks/view";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookForm } from "./webhook-form";
import { WebhookSecret } from "./webhook-secret";

/** The workspace's outgoing webhook: its settings, secret, test event and last deliveries. */
export function WebhookSettings({ webhook, canEdit }: { webhook: WebhookView | null; canEdit: boolean }) {
  const t = useTranslations("webhooks");
  const [secret, setSecret] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<"rotate" | "delete" | null>(null);
  const [testResult, setTestResult] = useState<SendResult | null>(null);
  const rotate = useActionForm(rotateWebhookSecretAction, {
    onSuccess: (data) => {
      setConfirming(null);
      setSecret(data.secret);
    },
  });
  const remove = useActionForm(deleteWebhookAction, {
    onSuccess: () => {
      setConfirming(null);
      setSecret(null);
    },
  });
  const test = useActionForm(sendTestWebhookAction, { onSuccess: setTestResult });

  return (
    <div className="flex flex-col gap-5">
      <p className="max-w-2xl text-sm text-fg-muted">{t("intro")}</p>
      {secret && <WebhookSecret secret={secret} onDone={() => setSecret(null)} />}
      {canEdit ? (
        <WebhookForm key={webhook?.createdAt.getTime() ?? "new"} webhook={webhook} onSecret={setSecret} />
      ) : (
        <div className="text-sm">
          {webhook ? <p className="font-mono text-xs break-all">{webhook.url}</p> : <p>{t("none")}</p>}
          <p className="mt-1 text-fg-muted">{t("adminOnly")}</p>
        </div>
      )}
      {canEdit && webhook && (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              pending={test.pending}
              onClick={() => {
                setTestResult(null);
                test.run({});
              }}
            >
              {test.pending ? t("testing") : t("test")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming("rotate")}>
              {t("rotate")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming("delete")}>
              {t("delete")}
            </Button>
          </div>
          {test.formError && <Alert>{test.formError}</Alert>}
          {testResult &&
            (testResult.ok ? (
              <Alert tone="success">{t("testOk", { status: testResult.status })}</Alert>
            ) : (
              <Alert>{t(`error.${testResult.error}`, { status: testResult.status ?? "" })}</Alert>
            ))}
        </div>
      )}
      {webhook && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{t("deliveries")}</h3>
          <WebhookDeliveries deliveries={webhook.deliveries} />
        </div>
      )}
      {confirming === "rotate" && (
        <ConfirmDialog
          title={t("rotateTitle")}
          description={t("rotateText")}
          confirmLabel={t("rotateConfirm")}
          pendingLabel={t("rotating")}
          cancelLabel={t("cancel")}
          pending={rotate.pending}
          error={rotate.formError}
          onConfirm={() => rotate.run({})}
          onClose={() => setConfirming(null)}
        />
      )}
      {confirming === "delete" && (
        <ConfirmDialog
          title={t("deleteTitle")}
          description={t("deleteText")}
          confirmLabel={t("deleteConfirm")}
          pendingLabel={t("deleting")}
          cancelLabel={t("cancel")}
          pending={remove.pending}
          error={remove.formError}
          onConfirm={() => remove.run({})}
          onClose={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
