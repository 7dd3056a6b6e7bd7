"use client";
import { Download, GraduationCap, Snowflake } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { freezeVersionAction } from "@/app/(app)/datasets/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { DeniedHint, PermittedLink, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { versionExportUrl } from "@/lib/datasets/client";
import type { listVersions } from "@/lib/datasets/queries";
import { VersionComparison } from "./version-comparison";

type Version = Awaited<ReturnType<typeof listVersions>>[number];

function uploadSnippets(filename: string) {
  return {
    typescript: `import fs from "node:fs";\nimport OpenAI from "openai";\n\nconst client = new OpenAI();\nconst file = await client.files.create({\n  file: fs.createReadStream("${filename}"),\n  purpose: "fine-tune",\n});`,
    python: `from openai import OpenAI\n\nclient = OpenAI()\nfile = client.files.create(\n    file=open("${filename}", "rb"),\n    purpose="fine-tune",\n)`,
  };
}

/** Frozen, immutable versions: what jobs train on. Each can be downloaded as OpenAI-ready JSONL. */
export function VersionList({
  datasetId,
  datasetName,
  versions,
  ready,
}: {
  datasetId: string;
  datasetName: string;
  versions: Version[];
  ready: boolean;
}) {
  const t = useTranslations("datasets.versions");
  const tJob = useTranslations("newJob");
  const format = useFormatter();
  const freeze = useActionForm(freezeVersionAction);
  const denied = useDenied("datasets.edit");
  const latest = versions[0];
  const snippets =
    latest &&
    uploadSnippets(
      `${datasetName.replace(/[^\w.-]+/g, "-")}-v${latest.number}${latest.validationCount > 0 ? "-train" : ""}.jsonl`,
    );
  return (
    <section aria-labelledby="versions-heading" className="flex flex-col gap-3">
      <h2 id="versions-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <form
        noValidate
        className="flex flex-wrap items-end gap-3 rounded-md border border-border bg-surface p-3"
        onSubmit={freeze.onSubmit((values) => ({
          datasetId,
          validationRatio: Number(values.validationRatio ?? 0),
          seed: Number(values.seed ?? 1),
          stratify: values.stratify === "on",
        }))}
      >
        <SelectField
          label={t("validationShare")}
          name="validationRatio"
          defaultValue="0"
          disabled={Boolean(denied)}
          options={["0", "0.1", "0.2"].map((value) => ({ value, label: t(`share.${value.replace(".", "_")}`) }))}
          error={freeze.fieldError("validationRatio")}
        />
        <Field
          label={t("seed")}
          name="seed"
          type="number"
          min={0}
          defaultValue={1}
          disabled={Boolean(denied)}
          className="w-28"
          error={freeze.fieldError("seed")}
        />
        <label className="flex h-10 items-center gap-2 text-sm">
          <input type="checkbox" name="stratify" defaultChecked disabled={Boolean(denied)} />
          {t("stratify")}
        </label>
        <span className="flex-1" />
        <DeniedHint reason={denied}>
          <Button type="submit" disabled={!ready || Boolean(denied)} pending={freeze.pending}>
            <Snowflake aria-hidden className="size-4" />
            {t("freeze")}
          </Button>
        </DeniedHint>
      </form>
      {!ready && <p className="text-sm text-fg-muted">{t("notReady")}</p>}
      {freeze.formError && <Alert>{freeze.formError}</Alert>}
      {versions.length === 0 ? (
        <p className="text-sm text-fg-muted">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-border rounded-md border border-border bg-surface">
          {versions.map((version) => (
            <li key={version.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
              <span className="font-medium">{t("name", { number: version.number })}</span>
              <span className="text-fg-muted">
                {t("summary", { examples: version.exampleCount, tokens: format.number(version.tokenCount) })}
                {version.validationCount > 0 && ` · ${t("validationSummary", { examples: version.validationCount })}`}
                {version.createdByName && ` · ${t("frozenBy", { name: version.createdByName })}`}
              </span>
              <code className="text-xs text-fg-muted" title={version.contentHash}>
                {version.contentHash.slice(0, 12)}
              </code>
              <span className="flex-1" />
              <PermittedLink
                permission="jobs.start"
                href={`/jobs/new?version=${version.id}`}
                className="inline-flex items-center gap-1.5 font-medium text-primary hover:underline"
              >
                <GraduationCap aria-hidden className="size-4" />
                {tJob("trainVersion", { number: version.number })}
              </PermittedLink>
              <a
                href={versionExportUrl(version.id)}
                download
                className="inline-flex items-center gap-1.5 font-medium text-primary hover:underline"
              >
                <Download aria-hidden className="size-4" />
                {t("export", { number: version.number })}
              </a>
              {version.validationCount > 0 && (
                <a
                  href={versionExportUrl(version.id, "validation")}
                  download
                  className="inline-flex items-center gap-1.5 font-medium text-primary hover:underline"
                >
                  <Download aria-hidden className="size-4" />
                  {t("exportValidation", { number: version.number })}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {versions.length >= 2 && <VersionComparison datasetId={datasetId} versions={versions} />}
      {snippets && (
        <details className="rounded-md border border-border bg-surface p-3 text-sm">
          <summary className="cursor-pointer font-medium">{t("code")}</summary>
          <p className="mt-2 text-fg-muted">{t("codeLead")}</p>
          <p className="mt-3 text-xs font-medium">TypeScript</p>
          <pre className="mt-1 overflow-x-auto rounded bg-muted p-2 text-xs">{snippets.typescript}</pre>
          <p className="mt-3 text-xs font-medium">Python</p>
          <pre className="mt-1 overflow-x-auto rounded bg-muted p-2 text-xs">{snippets.python}</pre>
        </details>
      )}
    </section>
  );
}
