/**
 * The metric warnings of a job in plain words, each with what to do about it. Renders nothing without warnings.
 * Works in server and client components: `<MetricWarnings warnings={metricWarnings({ … })} />`.
 */
import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MetricWarning } from "@/lib/jobs/metric-warnings";

export function MetricWarnings({ warnings }: { warnings: readonly MetricWarning[] }) {
  const t = useTranslations("metricWarnings");
  if (warnings.length === 0) return null;
  return (
    <section aria-label={t("label")} data-testid="metric-warnings">
      <ul className="flex flex-col gap-3">
        {warnings.map((warning) => (
          <li
            key={warning.code}
            data-code={warning.code}
            className="flex gap-3 rounded-md border border-amber-500/40 bg-amber-500/10 px-4 py-3 text-sm"
          >
            <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" />
            <div className="flex min-w-0 flex-col gap-1">
              <p className="font-medium">{t(`${warning.code}.title`)}</p>
              <p>{t(`${warning.code}.body`, warning.params)}</p>
              <p>
                <span className="font-medium">{t("whatToDo")}: </span>
                {t(`${warning.code}.advice`, warning.params)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
