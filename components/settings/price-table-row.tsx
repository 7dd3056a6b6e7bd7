"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { resetPriceAction, setPriceAction } from "@/app/(app)/settings/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field-frame";
import { MAX_PRICE } from "@/lib/pricing/schema";
import type { PriceView } from "@/lib/pricing/view";

export const PRICE_FIELDS = ["training", "input", "cachedInput", "output"] as const;

/** One base model: its four prices as inputs (or text, for members), their date, Save and Reset. */
export function PriceTableRow({ price, canEdit }: { price: PriceView; canEdit: boolean }) {
  const t = useTranslations("settings.prices");
  const format = useFormatter();
  const formId = useId();
  const [done, setDone] = useState<"saved" | "wasReset" | null>(null);
  const save = useActionForm(setPriceAction, { onSuccess: () => setDone("saved") });
  const reset = useActionForm(resetPriceAction, { onSuccess: () => setDone("wasReset") });
  const formError = save.formError ?? reset.formError;
  // A saved or reset price comes back with a new date: the inputs then start over from the stored values.
  const version = `${price.source}-${price.asOf.getTime()}`;

  return (
    <tr className="border-t border-border align-top">
      <th scope="row" className="pt-5 pr-3 pb-3 font-mono text-xs font-normal whitespace-nowrap">
        {price.model}
      </th>
      {PRICE_FIELDS.map((field) => {
        const error = save.fieldError(field);
        const errorId = `${formId}-${field}-error`;
        return (
          <td key={field} className="py-2 pr-3">
            {canEdit ? (
              <div className="flex flex-col gap-1">
                <input
                  key={version}
                  form={formId}
                  name={field}
                  type="number"
                  inputMode="decimal"
                  step="any"
                  min={0}
                  max={MAX_PRICE}
                  defaultValue={price[field]}
                  aria-label={t("fieldLabel", { field: t(field), model: price.model })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className={`${controlClass(error)} w-24`}
                />
                {error && (
                  <p id={errorId} className="max-w-32 text-xs text-danger" data-field-error>
                    {error}
                  </p>
                )}
              </div>
            ) : (
              <span className="tabular-nums">
                {format.number(price[field], { style: "currency", currency: "USD", maximumFractionDigits: 4 })}
              </span>
            )}
          </td>
        );
      })}
      <td className="py-3 pr-3 whitespace-nowrap" data-testid="price-as-of">
        {/* The list's date is a calendar day (midnight UTC); a workspace's is a moment on the server's clock. */}
        {format.dateTime(price.asOf, { dateStyle: "medium", timeZone: price.source === "list" ? "UTC" : undefined })}
        <span className="block text-xs text-fg-muted">{t(price.source === "list" ? "listPrice" : "ownPrice")}</span>
      </td>
      {canEdit && (
        <td className="py-2">
          <form
            id={formId}
            noValidate
            className="flex flex-wrap items-center gap-2"
            onSubmit={save.onSubmit((values) => {
              setDone(null);
              reset.reset();
              return {
                model: price.model,
                training: values.training ?? "",
                input: values.input ?? "",
                cachedInput: values.cachedInput ?? "",
                output: values.output ?? "",
              };
            })}
          >
            <Button type="submit" size="sm" pending={save.pending}>
              {save.pending ? t("saving") : t("save")}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              pending={reset.pending}
              disabled={price.source === "list"}
              onClick={() => {
                setDone(null);
                save.reset();
                reset.run({ model: price.model });
              }}
            >
              {t("reset")}
            </Button>
          </form>
          {formError && (
            <p role="alert" className="mt-1 max-w-48 text-xs text-danger">
              {formError}
            </p>
          )}
          {done && !formError && (
            <p role="status" className="mt-1 text-xs text-success">
              {t(done)}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}
