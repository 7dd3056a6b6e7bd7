/**
 * Owns the uPlot instance of the loss chart: created once per theme and scale type, fed new data in place,
 * keeping the person's zoom while steps arrive, resized with its container.
 */
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import uPlot from "uplot";
import type { ChartData, ChartMetric } from "@/lib/jobs/chart/chart-data";
import { chartPalette } from "./palette";
import { type Markers, plotOptions } from "./plot-options";
import { plotData, seriesIndexes } from "./plot-series";

type Range = { min: number; max: number };

type LossPlotInput = {
  container: RefObject<HTMLDivElement | null>;
  data: ChartData;
  totalSteps: number | null;
  markers: Markers;
  hidden: ReadonlySet<ChartMetric>;
  logScale: boolean;
  theme: "light" | "dark";
  labels: { step: string; loss: string; accuracy: string; checkpoint: string };
  /** formats axis numbers in the page's language */
  formatTick: (value: number, kind: "number" | "percent") => string;
};

/** Every step of the job: from the first step to the last one reported, or the job's total when known. */
function fullRange(data: ChartData, totalSteps: number | null): Range {
  const min = data.steps[0] ?? 0;
  const max = Math.max(data.steps.at(-1) ?? 1, totalSteps ?? 0);
  return max > min ? { min, max } : { min, max: min + 1 };
}

function heightFor(width: number) {
  return width < 480 ? 240 : 320;
}

export function useLossPlot(input: LossPlotInput) {
  const { container, data, totalSteps, markers, hidden, logScale, theme, labels } = input;
  const formatTick = useRef(input.formatTick);
  formatTick.current = input.formatTick;
  const plot = useRef<uPlot | null>(null);
  const zoom = useRef<Range | null>(null);
  const current = useRef({ data, totalSteps, markers, hidden });
  current.current = { data, totalSteps, markers, hidden };
  const [hoverIndex, setHoverIndex] = useState<number | null>(null);
  const [zoomed, setZoomed] = useState(false);

  const showRange = useCallback(
    (range: Range | null, full = fullRange(current.current.data, current.current.totalSteps)) => {
      const inside = range && (range.min > full.min || range.max < full.max) ? range : null;
      zoom.current = inside;
      setZoomed(inside !== null);
      plot.current?.setScale("x", inside ?? full);
    },
    [],
  );

  const { step, loss, accuracy, checkpoint } = labels;
  // Syncs with uPlot's canvas (outside React): one instance per theme and scale type, resized with its box.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = element.clientWidth || 600;
    const instance = new uPlot(
      plotOptions({
        width,
        height: heightFor(width),
        palette: chartPalette(theme),
        logScale,
        labels: { step, loss, accuracy, checkpoint },
        formatTick: (value, kind) => formatTick.current(value, kind),
        markers: () => current.current.markers,
        onCursor: setHoverIndex,
        onScale: (self) => {
          // uPlot reports every change of x, including the drag-select zoom and the ones made here.
          const min = self.scales.x?.min;
          const max = self.scales.x?.max;
          if (min === undefined || max === undefined || self !== plot.current) return;
          const full = fullRange(current.current.data, current.current.totalSteps);
          const inside = min > full.min || max < full.max ? { min, max } : null;
          zoom.current = inside;
          setZoomed(inside !== null);
        },
        onDoubleClick: () => showRange(null),
      }),
      plotData(current.current.data),
      element,
    );
    plot.current = instance;
    for (const metric of current.current.hidden) {
      for (const index of seriesIndexes(metric)) instance.setSeries(index, { show: false });
    }
    showRange(zoom.current);
    const resize = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width > 0 && width !== instance.width) instance.setSize({ width, height: heightFor(width) });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.destroy();
      if (plot.current === instance) plot.current = null;
    };
  }, [container, theme, logScale, step, loss, accuracy, checkpoint, showRange]);

  // Syncs new steps into the canvas without rebuilding it; the zoom stays where the person put it.
  useEffect(() => {
    const instance = plot.current;
    if (!instance) return;
    instance.setData(plotData(data), false);
    showRange(zoom.current, fullRange(data, totalSteps));
  }, [data, totalSteps, showRange]);

  // Syncs series visibility into uPlot.
  useEffect(() => {
    const instance = plot.current;
    if (!instance) return;
    for (const column of instance.series.keys()) {
      if (column === 0) continue;
      const show = ![...hidden].some((metric) => seriesIndexes(metric).includes(column));
      if (instance.series[column]?.show !== show) instance.setSeries(column, { show });
    }
  }, [hidden]);

  // Syncs new epoch and checkpoint markers into the canvas.
  useEffect(() => {
    if (markers) plot.current?.redraw(false, false);
  }, [markers]);

  const zoomBy = useCallback(
    (factor: number) => {
      const instance = plot.current;
      if (!instance) return;
      const full = fullRange(current.current.data, current.current.totalSteps);
      const min = instance.scales.x?.min ?? full.min;
      const max = instance.scales.x?.max ?? full.max;
      const width = Math.min(full.max - full.min, Math.max(2, (max - min) * factor));
      // Keeps the middle of the view in the middle, shifted back inside the steps at either end.
      const start = Math.min(full.max - width, Math.max(full.min, (min + max) / 2 - width / 2));
      showRange({ min: start, max: start + width });
    },
    [showRange],
  );

  return {
    hoverIndex,
    zoomed,
    zoomIn: () => zoomBy(0.5),
    zoomOut: () => zoomBy(2),
    resetZoom: () => showRange(null),
  };
}
