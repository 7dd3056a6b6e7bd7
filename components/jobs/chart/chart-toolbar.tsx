"use client";
/** The chart's controls: smoothing, log scale and zoom, all reachable by keyboard. */
import { RotateCcw, ZoomIn, ZoomOut } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { MAX_SMOOTHING } from "@/lib/jobs/smoothing";

type ChartToolbarProps = {
  smoothing: number;
  onSmoothing: (weight: number) => void;
  logScale: boolean;
  onLogScale: (on: boolean) => void;
  zoomed: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onResetZoom: () => void;
};

export function ChartToolbar(props: ChartToolbarProps) {
  const t = useTranslations("lossChart");
  const format = useFormatter();
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-3 text-sm">
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-smoothing`}>{t("smoothing")}</label>
        <input
          id={`${id}-smoothing`}
          type="range"
          min={0}
          max={MAX_SMOOTHING}
          step={0.01}
          value={props.smoothing}
          onChange={(event) => props.onSmoothing(Number(event.target.value))}
          className="w-28 accent-primary sm:w-36"
        />
        <output htmlFor={`${id}-smoothing`} className="w-9 tabular-nums" data-testid="smoothing-value">
          {format.number(props.smoothing, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
        </output>
      </div>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={props.logScale}
          onChange={(event) => props.onLogScale(event.target.checked)}
          className="size-4 accent-primary"
        />
        {t("logScale")}
      </label>
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">{t("zoom")}</legend>
        <Button variant="secondary" size="sm" onClick={props.onZoomIn} aria-label={t("zoomIn")} title={t("zoomIn")}>
          <ZoomIn aria-hidden className="size-4" />
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={props.onZoomOut}
          disabled={!props.zoomed}
          aria-label={t("zoomOut")}
          title={t("zoomOut")}
        >
          <ZoomOut aria-hidden className="size-4" />
        </Button>
        <Button variant="secondary" size="sm" onClick={props.onResetZoom} disabled={!props.zoomed}>
          <RotateCcw aria-hidden className="size-4" />
          {t("resetZoom")}
        </Button>
      </fieldset>
    </div>
  );
}
