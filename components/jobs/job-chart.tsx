"use client";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { jobMetricsFeed, type MetricsPage, metricsAsPage } from "@/lib/jobs/client";
import { metricWarnings } from "@/lib/jobs/metric-warnings";
import { epochBoundarySteps, type JobDetail } from "@/lib/jobs/view";
import { LossChart } from "./loss-chart";
import { MetricWarnings } from "./metric-warnings";
import { useAppendingQuery } from "./use-appending-query";

/** Feeds the loss chart and the metric warnings: the job's metrics as they arrive, its epoch boundaries and checkpoint steps. */
export function JobChart({ job, initial, active }: { job: JobDetail; initial: MetricsPage; active: boolean }) {
  const t = useTranslations("jobs.chart");
  const metrics = useAppendingQuery({
    feed: jobMetricsFeed(job.id),
    initial: metricsAsPage(initial),
    live: (step) => active || step < (job.currentStep ?? 0),
  });
  const points = metrics.data?.items ?? [];
  const nEpochs = job.hyperparameters.n_epochs;
  const warnings = metricWarnings({
    points,
    exampleCount: job.exampleCount,
    nEpochs: typeof nEpochs === "number" ? nEpochs : null,
    totalSteps: job.totalSteps,
  });

  return (
    <>
      <MetricWarnings warnings={warnings} />
      <Card>
        <h2 className="mb-3 font-semibold">{t("title")}</h2>
        {points.length === 0 ? (
          <p className="py-8 text-center text-sm text-fg-muted">{active ? t("waiting") : t("none")}</p>
        ) : (
          <LossChart
            points={points}
            epochSteps={epochBoundarySteps(job.totalSteps, job.hyperparameters.n_epochs)}
            checkpointSteps={job.checkpoints.map((checkpoint) => checkpoint.step)}
            totalSteps={job.totalSteps}
          />
        )}
      </Card>
    </>
  );
}
