"use client";
import { useTranslations } from "next-intl";
import { TableHead } from "@/components/ui/table-head";
import type { PriceView } from "@/lib/pricing/view";
import { PRICE_FIELDS, PriceTableRow } from "./price-table-row";

const PRICING_PAGE = "https://openai.com/api/pricing/";

/** The price of every base model, one row each; owners and admins edit them in place. */
export function PriceTable({ prices, canEdit }: { prices: PriceView[]; canEdit: boolean }) {
  const t = useTranslations("settings.prices");
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm">{t("intro")}</p>
      <p className="text-sm text-fg-muted">
        {t.rich("note", {
          link: (chunks) => (
            <a href={PRICING_PAGE} target="_blank" rel="noreferrer" className="underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      {!canEdit && <p className="text-sm text-fg-muted">{t("adminOnly")}</p>}
      <div className="overflow-x-auto">
        <table aria-label={t("title")} className="w-full text-left text-sm">
          <TableHead
            columns={(["model", ...PRICE_FIELDS, "asOf"] as const).map((key) => ({ key, label: t(key) }))}
            actionsLabel={canEdit ? t("actions") : undefined}
          />
          <tbody>
            {prices.map((price) => (
              <PriceTableRow key={price.model} price={price} canEdit={canEdit} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
