"use client";
import { useQuery } from "@tanstack/react-query";
import { Rocket } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useState, useTransition } from "react";
import { reviewTrainElsewhereAction } from "@/app/(app)/jobs/[jobId]/actions";
import { createJobAction } from "@/app/(app)/jobs/new/actions";
import { useErrorText, useFieldErrorText } from "@/components/errors/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import type { ErrorBody } from "@/lib/errors";
import { queryErrorOf } from "@/lib/http/fetch-json";
import { trainElsewhereTargetsQueryOptions } from "@/lib/jobs/client";
import type { TrainElsewhereReview } from "@/lib/portability/train-elsewhere";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="font-medium break-all">{children}</dd>
    </div>
  );
}

/** A failure in words: its reason (a provider's step and failure, a recipe that cannot move), a field's problem, or the general error. */
function useFailureText() {
  const errorText = useErrorText();
  const fieldText = useFieldErrorText("newJob.fieldErrors");
  return (failure: ErrorBody): string => {
    const field = Object.values(failure.fields ?? {})[0];
    return !failure.reason && field ? fieldText(field) : errorText(failure);
  };
}

/** Takes a job's recipe to another connection: pick it, review the cost there, start in one step. */
export function TrainElsewhereDialog({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const t = useTranslations("trainElsewhere");
  const tReview = useTranslations("newJob.review");
  const format = useFormatter();
  const router = useRouter();
  const failureText = useFailureText();
  const targetsQuery = useQuery(trainElsewhereTargetsQueryOptions(jobId));
  const targets = targetsQuery.data ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const connectionId = picked ?? targets?.[0]?.id ?? "";
  const [model, setModel] = useState<string | undefined>(undefined);
  const [summary, setSummary] = useState<TrainElsewhereReview | null>(null);
  const [sendSensitive, setSendSensitive] = useState(false);
  const [actionFailure, setFailure] = useState<ErrorBody | null>(null);
  const failure = actionFailure ?? (targetsQuery.isError ? queryErrorOf(targetsQuery.error) : null);
  const [reviewing, startReview] = useTransition();
  const [starting, startCreate] = useTransition();

  function review(next: { connectionId: string; model?: string }) {
    startReview(async () => {
      const result = await reviewTrainElsewhereAction({ jobId, ...next });
      if (!result.ok) {
        setSummary(null);
        return setFailure(result.error);
      }
      setFailure(null);
      setSummary(result.data);
    });
  }

  function start(reviewed: TrainElsewhereReview) {
    startCreate(async () => {
      const result = await createJobAction({ ...reviewed.form, sendSensitiveData: sendSensitive });
      if (!result.ok) return setFailure(result.error);
      router.push(`/jobs/${result.data.jobId}`);
    });
  }

  const busy = reviewing || starting;
  const cost = summary?.review.cost;
  const askModel = summary !== null && !summary.modelOffered && summary.modelsFailure === null;
  const blocked = !summary || askModel || (summary.review.sensitive.examples > 0 && !sendSensitive);
  const hp = summary?.form.hyperparameters;
  const fullFormHref = `/jobs/new?${new URLSearchParams({ from: jobId, connection: connectionId })}`;

  return (
    <Dialog open onOpenChange={(open) => !open && !starting && onClose()} title={t("title")} description={t("lead")}>
      <div className="flex flex-col gap-4">
        {targets === null && !failure && (
          <p role="status" className="text-sm text-fg-muted">
            {t("loading")}
          </p>
        )}
        {targets?.length === 0 && <Alert tone="info">{t("noTargets")}</Alert>}
        {targets && targets.length > 0 && (
          <SelectField
            label={t("target")}
            value={connectionId}
            disabled={busy}
            options={targets.map((target) => ({ value: target.id, label: `${target.name} (${target.kind})` }))}
            onChange={(event) => {
              setPicked(event.target.value);
              setModel(undefined);
              setSummary(null);
              setFailure(null);
            }}
          />
        )}
        {summary && (
          <>
            {askModel && (
              <div className="flex flex-col gap-2">
                <Alert tone="info">{t("modelMissing", { model: summary.form.model })}</Alert>
                <SelectField
                  label={t("chooseModel")}
                  value={model ?? ""}
                  disabled={busy}
                  options={[
                    { value: "", label: t("chooseModelPlaceholder") },
                    ...summary.models.map((id) => ({ value: id, label: id })),
                  ]}
                  onChange={(event) => {
                    const chosen = event.target.value || undefined;
                    setModel(chosen);
                    if (chosen) review({ connectionId, model: chosen });
                  }}
                />
              </div>
            )}
            {summary.modelsFailure && <Alert tone="info">{t("modelsUnknown", { model: summary.form.model })}</Alert>}
            <dl className="divide-y divide-border text-sm" aria-label={t("recipe")}>
              <Row label={tReview("connection")}>{summary.connectionName}</Row>
              <Row label={tReview("model")}>
                <code>{summary.form.model}</code>
              </Row>
              <Row label={tReview("data")}>{summary.trainingName}</Row>
              <Row label={tReview("method")}>{tReview(`methods.${summary.review.method}`)}</Row>
              <Row label={tReview("epochs")}>
                <span data-testid="elsewhere-epochs">{summary.review.epochs}</span>
              </Row>
              <Row label={t("batchSize")}>{String(hp?.batch_size ?? "auto")}</Row>
              <Row label={t("learningRate")}>{String(hp?.learning_rate_multiplier ?? "auto")}</Row>
              {hp?.beta !== undefined && <Row label="β">{String(hp.beta)}</Row>}
              <Row label={t("suffix")}>{summary.form.suffix || "–"}</Row>
              <Row label={t("seed")}>{summary.form.seed ?? "–"}</Row>
              <Row label={tReview("billedTokens")}>
                {tReview("billedTokensValue", {
                  perEpoch: format.number(summary.review.billingTokens),
                  epochs: summary.review.epochs,
                  total: format.number(summary.review.billedTokens),
                })}
              </Row>
              <Row label={tReview("cost")}>
                <span data-testid="elsewhere-cost">
                  {cost === null || cost === undefined
                    ? tReview("noPrice")
                    : cost > 0 && cost < 0.01
                      ? tReview("underCent", { cent: format.number(0.01, { style: "currency", currency: "USD" }) })
                      : format.number(cost, { style: "currency", currency: "USD", minimumFractionDigits: 2 })}
                </span>
              </Row>
            </dl>
            {summary.review.sensitive.examples > 0 && (
              <label className="flex items-center gap-2 rounded-md border border-danger/40 bg-danger-bg p-3 text-sm">
                <input
                  type="checkbox"
                  checked={sendSensitive}
                  onChange={(event) => setSendSensitive(event.target.checked)}
                />
                {tReview("sensitiveTitle", { examples: summary.review.sensitive.examples })} {tReview("sendSensitive")}
              </label>
            )}
          </>
        )}
        {failure && <Alert>{failureText(failure)}</Alert>}
        {starting && (
          <p role="status" className="text-sm text-fg-muted">
            {t("starting")}
          </p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-2">
          {connectionId ? (
            <Link href={fullFormHref} className="text-sm font-medium text-primary hover:underline">
              {t("fullForm")}
            </Link>
          ) : (
            <span />
          )}
          <div className="flex gap-2">
            <Button variant="secondary" onClick={onClose} disabled={starting}>
              {t("close")}
            </Button>
            {summary ? (
              <Button onClick={() => start(summary)} pending={starting} disabled={blocked || reviewing}>
                <Rocket aria-hidden className="size-4" />
                {tReview("start")}
              </Button>
            ) : (
              <Button onClick={() => review({ connectionId, model })} pending={reviewing} disabled={!connectionId}>
                {t("review")}
              </Button>
            )}
          </div>
        </div>
      </div>
    </Dialog>
  );
}
