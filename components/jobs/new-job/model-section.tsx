"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/errors/use-error-text";
import { TrainingWarning } from "@/components/lifecycle/training-warning";
import { Alert } from "@/components/ui/alert";
import { controlClass, FieldFrame } from "@/components/ui/field-frame";
import { SelectField } from "@/components/ui/select-field";
import { baseModelsQueryOptions } from "@/lib/jobs/client";
import type { ConnectionChoice } from "@/lib/jobs/create/view";

const GROUPS = ["base", "fineTuned", "other"] as const;

/** Where to train and on which model: the provider's fine-tunable models, or the known list when it cannot say. */
export function ModelSection(props: {
  connections: ConnectionChoice[];
  connectionId: string;
  model: string;
  onConnectionChange: (connectionId: string) => void;
  onModelChange: (model: string) => void;
  errors: { connectionId?: string; model?: string };
}) {
  const t = useTranslations("newJob.model");
  const errorText = useErrorText();
  const models = useQuery({
    ...baseModelsQueryOptions(props.connectionId),
    enabled: props.connectionId !== "",
    staleTime: 60_000,
  });
  const list = models.data?.models ?? [];
  // A model chosen before (train again, a dataset's model) stays offered even when the list does not have it.
  const choices = list.some((item) => item.id === props.model)
    ? list
    : [{ id: props.model, group: "base" as const }, ...list];
  const connection = props.connections.find((item) => item.id === props.connectionId);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label={t("connection")}
        value={props.connectionId}
        onChange={(event) => props.onConnectionChange(event.target.value)}
        options={props.connections.map((item) => {
          const kind = t(`kinds.${item.kind}`);
          return { value: item.id, label: item.name === kind ? item.name : `${item.name} (${kind})` };
        })}
        help={connection?.kind === "azure" ? t("azureHelp") : undefined}
        error={props.errors.connectionId}
      />
      <FieldFrame
        label={t("baseModel")}
        help={models.isPending && props.connectionId ? t("loading") : t("baseModelHelp")}
        error={props.errors.model}
      >
        {(control) => (
          <select
            {...control}
            className={controlClass(props.errors.model)}
            value={props.model}
            onChange={(event) => props.onModelChange(event.target.value)}
          >
            {GROUPS.map((group) => {
              const items = choices.filter((item) => item.group === group);
              return (
                items.length > 0 && (
                  <optgroup key={group} label={t(`groups.${group}`)}>
                    {items.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.id}
                      </option>
                    ))}
                  </optgroup>
                )
              );
            })}
          </select>
        )}
      </FieldFrame>
      {/* model lifecycle: the chosen model no longer trainable, or its dates near */}
      {connection && (
        <div className="sm:col-span-2">
          <TrainingWarning connectionKind={connection.kind} model={props.model} />
        </div>
      )}
      {models.data?.failure && (
        <div className="sm:col-span-2">
          <Alert tone="info">
            {t("listFailed")} {errorText({ reason: models.data.failure })}
          </Alert>
        </div>
      )}
      {models.isError && (
        <div className="sm:col-span-2">
          <Alert tone="info">{t("listUnavailable")}</Alert>
        </div>
      )}
    </div>
  );
}
