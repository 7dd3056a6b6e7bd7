"use client";
import { ShieldAlert, TriangleAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { SensitiveCounts } from "@/lib/jobs/create/scan";
import type { JobReview } from "@/lib/jobs/create/view";

export type CreateProgress =
  | { step: "uploadTraining" | "uploadValidation"; share: number }
  | { step: "createJob" }
  | { step: "done" };

export type ReviewSummary = {
  review: JobReview;
  model: string;
  connectionName: string;
  trainingName: string;
  autoEpochs: boolean;
  sensitive: { examples: number; kinds: SensitiveCounts };
  /** a chosen file that the provider will refuse, sent anyway if the person says so */
  fileProblems: boolean;
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** The last look before a job starts: epochs, billed tokens and cost, and what needs a tick to be sent. */
export function ReviewDialog(props: {
  summary: ReviewSummary;
  progress: CreateProgress | null;
  error?: string;
  onConfirm: (sendSensitiveData: boolean) => void;
  onClose: () => void;
  /** stops the file upload under way */
  onCancelUpload: () => void;
}) {
  const t = useTranslations("newJob.review");
  const format = useFormatter();
  const { review, sensitive } = props.summary;
  const [sendSensitive, setSendSensitive] = useState(false);
  const [sendProblems, setSendProblems] = useState(false);
  const busy = props.progress !== null;
  const uploading = props.progress?.step === "uploadTraining" || props.progress?.step === "uploadValidation";
  const blocked = (sensitive.examples > 0 && !sendSensitive) || (props.summary.fileProblems && !sendProblems);
  return (
    <Dialog open onOpenChange={(open) => !open && !busy && props.onClose()} title={t("title")} description={t("lead")}>
      <dl className="divide-y divide-border text-sm" aria-label={t("title")}>
        <Row label={t("connection")}>{props.summary.connectionName}</Row>
        <Row label={t("model")}>
          <code className="break-all">{props.summary.model}</code>
        </Row>
        <Row label={t("data")}>{props.summary.trainingName}</Row>
        <Row label={t("method")}>{t(`methods.${review.method}`)}</Row>
        <Row label={t("examples")}>{format.number(review.examples)}</Row>
        <Row label={t("epochs")}>
          <span data-testid="review-epochs">
            {props.summary.autoEpochs ? t("autoEpochs", { epochs: review.epochs }) : review.epochs}
          </span>
        </Row>
        <Row label={t("billedTokens")}>
          <span data-testid="review-billed-tokens">
            {t("billedTokensValue", {
              perEpoch: format.number(review.billingTokens),
              epochs: review.epochs,
              total: format.number(review.billedTokens),
            })}
          </span>
        </Row>
        <Row label={t("cost")}>
          <span data-testid="review-cost">
            {review.cost === null
              ? t("noPrice")
              : review.cost > 0 && review.cost < 0.01
                ? t("underCent", { cent: format.number(0.01, { style: "currency", currency: "USD" }) })
                : format.number(review.cost, {
                    style: "currency",
                    currency: "USD",
                    maximumFractionDigits: 2,
                    minimumFractionDigits: 2,
                  })}
          </span>
        </Row>
      </dl>
      <p className="mt-2 text-xs text-fg-muted">
        {review.price
          ? t(review.price.source === "workspace" ? "priceWorkspace" : "priceList", {
              price: format.number(review.price.training, { style: "currency", currency: "USD" }),
              model: review.price.model,
              date: format.dateTime(new Date(review.price.asOf), { dateStyle: "medium" }),
            })
          : t("noPriceHelp")}
      </p>
      {sensitive.examples > 0 && (
        <div role="alert" className="mt-4 rounded-md border border-danger/40 bg-danger-bg p-3 text-sm text-fg">
          <p className="flex items-center gap-2 font-semibold">
            <ShieldAlert aria-hidden className="size-4 shrink-0" />
            {t("sensitiveTitle", { examples: sensitive.examples })}
          </p>
          <ul className="mt-2 list-disc pl-6">
            {Object.entries(sensitive.kinds).map(([kind, count]) => (
              <li key={kind}>{t("sensitiveKind", { kind, count })}</li>
            ))}
          </ul>
          <p className="mt-2">{t("sensitiveAdvice")}</p>
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              checked={sendSensitive}
              onChange={(event) => setSendSensitive(event.target.checked)}
            />
            {t("sendSensitive")}
          </label>
        </div>
      )}
      {props.summary.fileProblems && (
        <div className="mt-4 rounded-md border border-danger/40 bg-danger-bg p-3 text-sm text-danger">
          <p className="flex items-center gap-2 font-semibold">
            <TriangleAlert aria-hidden className="size-4 shrink-0" />
            {t("fileProblems")}
          </p>
          <label className="mt-2 flex items-center gap-2 font-medium text-fg">
            <input type="checkbox" checked={sendProblems} onChange={(event) => setSendProblems(event.target.checked)} />
            {t("sendProblems")}
          </label>
        </div>
      )}
      {props.progress && props.progress.step !== "done" && (
        <div role="status" className="mt-4 flex flex-col gap-1 text-sm">
          <span>{t(`progress.${props.progress.step}`)}</span>
          <progress
            className="h-2 w-full"
            aria-label={t(`progress.${props.progress.step}`)}
            max={1}
            value={"share" in props.progress ? props.progress.share : undefined}
          />
        </div>
      )}
      {props.error && (
        <div className="mt-4">
          <Alert>{props.error}</Alert>
        </div>
      )}
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        {uploading ? (
          <Button variant="secondary" onClick={props.onCancelUpload}>
            {t("cancelUpload")}
          </Button>
        ) : (
          <Button variant="secondary" disabled={busy} onClick={props.onClose}>
            {t("back")}
          </Button>
        )}
        <Button pending={busy} disabled={blocked} onClick={() => props.onConfirm(sendSensitive)}>
          {busy ? t("starting") : t("start")}
        </Button>
      </div>
    </Dialog>
  );
}
