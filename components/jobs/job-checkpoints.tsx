"use client";
import { MessageSquare } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { CheckpointView } from "@/lib/jobs/view";
import { CopyButton } from "./copy-button";

const METRICS = ["train_loss", "valid_loss", "full_valid_loss", "train_mean_token_accuracy"] as const;

/** The job's checkpoints: each a model of its own that can be tried in the chat. */
export function JobCheckpoints({
  checkpoints,
  jobId,
  ended,
}: {
  checkpoints: CheckpointView[];
  jobId: string;
  ended: boolean;
}) {
  const t = useTranslations("jobs.checkpoints");
  const format = useFormatter();
  const metric = (value: number | undefined) =>
    value === undefined ? "—" : format.number(value, { maximumFractionDigits: 4 });
  const shownMetrics = METRICS.filter((key) => checkpoints.some((checkpoint) => checkpoint.metrics[key] !== undefined));

  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("title")}</h2>
      {checkpoints.length === 0 ? (
        <p className="text-sm text-fg-muted">{ended ? t("noneEnded") : t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="checkpoints">
            <thead className="border-b border-border text-xs text-fg-muted uppercase">
              <tr>
                <th scope="col" className="px-2 py-2 font-medium">
                  {t("step")}
                </th>
                {shownMetrics.map((key) => (
                  <th key={key} scope="col" className="px-2 py-2 text-right font-medium">
                    {t(`metrics.${key}`)}
                  </th>
                ))}
                <th scope="col" className="px-2 py-2 font-medium">
                  {t("model")}
                </th>
                <th scope="col" className="px-2 py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {checkpoints.map((checkpoint) => (
                <tr key={checkpoint.id}>
                  <td className="px-2 py-2 tabular-nums">{format.number(checkpoint.step)}</td>
                  {shownMetrics.map((key) => (
                    <td key={key} className="px-2 py-2 text-right tabular-nums">
                      {metric(checkpoint.metrics[key])}
                    </td>
                  ))}
                  <td className="max-w-64 px-2 py-2">
                    <div className="flex items-center gap-1">
                      <code className="truncate font-mono text-xs" title={checkpoint.model}>
                        {checkpoint.model}
                      </code>
                      <CopyButton value={checkpoint.model} label={t("copy", { step: checkpoint.step })} />
                    </div>
                  </td>
                  <td className="px-2 py-2 text-right">
                    <Link
                      href={`/chat?${new URLSearchParams({ job: jobId, model: checkpoint.model })}`}
                      className="inline-flex items-center gap-1 whitespace-nowrap text-primary hover:underline"
                    >
                      <MessageSquare aria-hidden className="size-4" />
                      {t("try")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
