import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { AUDIT_ACTIONS } from "@/lib/audit/events";

type Values = { actor: string; action: string; from: string; to: string };

/** A plain GET form: the filters live in the address, so a filtered view can be shared and exported. */
export function AuditFilters({
  actors,
  values,
}: {
  actors: { id: string; name: string; email: string }[];
  values: Values;
}) {
  const t = useTranslations("team.audit");
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_10rem_auto] lg:items-end">
      <SelectField
        label={t("person")}
        name="actor"
        defaultValue={values.actor}
        options={[
          { value: "", label: t("anyone") },
          ...actors.map((actor) => ({ value: actor.id, label: actor.name })),
        ]}
      />
      <SelectField
        label={t("action")}
        name="action"
        defaultValue={values.action}
        options={[
          { value: "", label: t("anything") },
          ...AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`actions.${action}`) })),
        ]}
      />
      <Field label={t("from")} name="from" type="date" defaultValue={values.from} />
      <Field label={t("to")} name="to" type="date" defaultValue={values.to} />
      <div className="flex gap-2">
        <Button type="submit">{t("filter")}</Button>
        <Link
          href="/audit"
          className="inline-flex h-10 items-center rounded-md px-3 text-sm font-medium text-fg-muted hover:bg-muted"
        >
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
