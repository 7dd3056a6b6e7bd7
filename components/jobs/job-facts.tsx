"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { JobDetail, VersionLink } from "@/lib/jobs/view";
import { useJobFormat } from "./use-job-format";

const HYPERPARAMETERS = ["n_epochs", "batch_size", "learning_rate_multiplier", "beta"] as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5 text-sm">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 text-right break-all">{children}</dd>
    </div>
  );
}

function VersionName({ version }: { version: VersionLink }) {
  const t = useTranslations("jobs");
  const name = t("versionName", { name: version.name, number: version.number });
  return version.datasetId ? (
    <Link href={`/datasets/${version.datasetId}`} className="text-primary hover:underline">
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
}

/** The hyperparameters as the provider resolved them, the files, and what the job cost. */
export function JobFacts({ job }: { job: JobDetail }) {
  const t = useTranslations("jobs.facts");
  const format = useFormatter();
  const f = useJobFormat();
  const value = (raw: number | string | undefined) =>
    raw === undefined ? "—" : typeof raw === "number" ? format.number(raw) : raw === "auto" ? t("auto") : raw;
  const hyperparameters = HYPERPARAMETERS.filter((key) => key !== "beta" || job.method === "dpo");

  return (
    <Card>
      <h2 className="mb-2 font-semibold">{t("hyperparameters")}</h2>
      <dl className="divide-y divide-border" data-testid="hyperparameters">
        <Row label={t("method")}>{t(job.method === "dpo" ? "dpo" : "supervised")}</Row>
        {hyperparameters.map((key) => (
          <Row key={key} label={t(`hp.${key}`)}>
            {value(job.hyperparameters[key])}
          </Row>
        ))}
        {job.seed !== null && <Row label={t("seed")}>{job.seed}</Row>}
      </dl>
      <h2 className="mt-5 mb-2 font-semibold">{t("files")}</h2>
      <dl className="divide-y divide-border">
        <Row label={t("trainingFile")}>
          <code className="font-mono text-xs">{job.trainingFileId}</code>
          {job.trainingVersion && (
            <div>
              <VersionName version={job.trainingVersion} />
            </div>
          )}
        </Row>
        <Row label={t("validationFile")}>
          {job.validationFileId ? <code className="font-mono text-xs">{job.validationFileId}</code> : t("none")}
          {job.validationVersion && (
            <div>
              <VersionName version={job.validationVersion} />
              {job.validationVersion.part === "validation" && ` · ${t("validationSplit")}`}
            </div>
          )}
        </Row>
        {job.exampleCount !== null && <Row label={t("examples")}>{format.number(job.exampleCount)}</Row>}
        <Row label={t("trainedTokens")}>{f.tokens(job.trainedTokens)}</Row>
        <Row label={t("cost")}>{f.cost(job.cost)}</Row>
      </dl>
    </Card>
  );
}
