"use client";
/** Explains the vertical lines of the chart: dashed at epoch ends, solid at checkpoints. */
import { useTranslations } from "next-intl";

export function MarkerKey({ epochs, checkpoints, color }: { epochs: boolean; checkpoints: boolean; color: string }) {
  const t = useTranslations("lossChart");
  if (!epochs && !checkpoints) return null;
  return (
    <p className="flex flex-wrap gap-4 text-xs text-fg-muted">
      {epochs && (
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="h-3.5 border-l border-dashed border-fg-muted" />
          {t("epochEnd")}
        </span>
      )}
      {checkpoints && (
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="h-3.5 border-l-2" style={{ borderColor: color }} />
          {t("checkpoint")}
        </span>
      )}
    </p>
  );
}
