"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveDeploymentAction } from "@/app/(app)/jobs/[jobId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import {
  AZURE_SKUS,
  type AzureSku,
  azureDeployCommand,
  azureResourceName,
  suggestedDeploymentName,
} from "@/lib/jobs/azure-deployment";
import type { JobDetail } from "@/lib/jobs/view";
import { CopyButton } from "./copy-button";
import { useJobAction } from "./use-job-action";

const PORTAL_STEPS = ["open", "deployments", "choose", "name", "deploy"] as const;

/**
 * Azure serves a fine-tuned model only once it is deployed, which needs management rights our connections do
 * not hold: the dialog writes the exact CLI command and the portal steps, and keeps the chosen name on the job.
 */
export function AzureDeployDialog({ job, model, onClose }: { job: JobDetail; model: string; onClose: () => void }) {
  const t = useTranslations("jobs.deploy");
  const [deploymentName, setDeploymentName] = useState(job.deploymentName ?? suggestedDeploymentName(model));
  const [sku, setSku] = useState<AzureSku>("Standard");
  const save = useJobAction(job.id, saveDeploymentAction, { onSuccess: onClose });
  const command = azureDeployCommand({
    resourceName: azureResourceName(job.azureEndpoint),
    deploymentName: deploymentName.trim() || "<deployment-name>",
    model,
    sku,
  });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("title")} description={t("lead")}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.run({ jobId: job.id, deploymentName });
        }}
      >
        <Field
          label={t("name")}
          name="deploymentName"
          value={deploymentName}
          help={t("nameHelp")}
          onChange={(event) => setDeploymentName(event.target.value)}
        />
        <SelectField
          label={t("sku")}
          name="sku"
          value={sku}
          help={t(`skuHelp.${sku}`)}
          options={AZURE_SKUS.map((value) => ({ value, label: value }))}
          onChange={(event) => setSku(event.target.value as AzureSku)}
        />
        <div>
          <div className="flex items-center justify-between">
            <h3 className="text-sm font-medium">{t("cli")}</h3>
            <CopyButton value={command} label={t("copyCommand")} />
          </div>
          <pre className="mt-1 overflow-x-auto rounded-md bg-muted p-3 text-xs" data-testid="azure-command">
            {command}
          </pre>
        </div>
        <div>
          <h3 className="text-sm font-medium">{t("portal")}</h3>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
            {PORTAL_STEPS.map((step) => (
              <li key={step}>{t(`steps.${step}`, { name: deploymentName, model, sku })}</li>
            ))}
          </ol>
        </div>
        {save.error && <Alert>{save.error}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("close")}
          </Button>
          <Button type="submit" pending={save.pending}>
            {t("save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
