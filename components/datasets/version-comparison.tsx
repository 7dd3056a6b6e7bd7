"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { versionDiffQueryOptions } from "@/lib/datasets/client";
import { VersionDiffView } from "./version-diff-view";

type VersionOption = { id: string; number: number };

/** Two versions side by side: picked in two selects (previous → latest until the user picks), diffed on the server. */
export function VersionComparison({ datasetId, versions }: { datasetId: string; versions: VersionOption[] }) {
  const t = useTranslations("datasets.diff");
  // Unpicked sides follow the newest versions, so a fresh freeze is compared without picking again.
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const from = picked.from ?? versions[1]?.id ?? "";
  const to = picked.to ?? versions[0]?.id ?? "";
  const diff = useQuery(versionDiffQueryOptions(datasetId, from, to));
  const options = versions.map((version) => ({ value: version.id, label: t("version", { number: version.number }) }));
  return (
    <section aria-labelledby="version-diff-heading" className="flex flex-col gap-3">
      <h3 id="version-diff-heading" className="text-base font-semibold">
        {t("title")}
      </h3>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 sm:max-w-md">
        <SelectField
          label={t("from")}
          options={options}
          value={from}
          onChange={(event) => setPicked({ ...picked, from: event.target.value })}
        />
        <SelectField
          label={t("to")}
          options={options}
          value={to}
          onChange={(event) => setPicked({ ...picked, to: event.target.value })}
        />
      </div>
      {diff.data ? (
        <VersionDiffView diff={diff.data} />
      ) : diff.isError ? (
        <Alert>{t("failed")}</Alert>
      ) : (
        <p role="status" className="text-sm text-fg-muted">
          {t("loading")}
        </p>
      )}
    </section>
  );
}
