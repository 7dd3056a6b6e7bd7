/** uPlot's options for the loss chart: two y axes, faint raw lines under smoothed ones, epoch and checkpoint markers. */
import uPlot from "uplot";
import { ACCURACY_METRICS } from "@/lib/jobs/chart/chart-data";
import { type ChartPalette, faint } from "./palette";
import { PLOT_COLUMNS } from "./plot-series";

export type Markers = { epochSteps: readonly number[]; checkpointSteps: readonly number[] };

type PlotOptionsInput = {
  width: number;
  height: number;
  palette: ChartPalette;
  logScale: boolean;
  labels: { step: string; loss: string; accuracy: string; checkpoint: string };
  formatTick: (value: number, kind: "number" | "percent") => string;
  /** read at every draw, so new markers only need a redraw */
  markers: () => Markers;
  onCursor: (index: number | null) => void;
  onScale: (plot: uPlot) => void;
  onDoubleClick: () => void;
};

const LOSS = "loss";
const ACCURACY = "accuracy";

export function plotOptions(input: PlotOptionsInput): uPlot.Options {
  const { palette, labels } = input;
  const axis = { stroke: palette.axis, grid: { stroke: palette.grid, width: 1 }, ticks: { stroke: palette.grid } };
  const numbers = (_plot: uPlot, splits: number[]) =>
    splits.map((value) => (value === null ? "" : input.formatTick(value, "number")));
  return {
    width: input.width,
    height: input.height,
    legend: { show: false },
    scales: {
      x: { time: false },
      [LOSS]: input.logScale
        ? {
            distr: 3,
            log: 10,
            range: (_plot, min, max) =>
              min > 0 ? [rounded(min / 1.1, Math.floor), rounded(max * 1.1, Math.ceil)] : [0.1, 10],
          }
        : { range: (_plot, min, max) => (min === null ? [0, 1] : uPlot.rangeNum(min, max, 0.1, true)) },
      [ACCURACY]: { auto: false, range: [0, 100] },
    },
    axes: [
      { ...axis, label: labels.step, labelSize: 20, values: numbers },
      { ...axis, scale: LOSS, label: labels.loss, labelSize: 20, size: 50, values: numbers },
      {
        ...axis,
        scale: ACCURACY,
        side: 1,
        label: labels.accuracy,
        labelSize: 20,
        size: 50,
        grid: { show: false },
        values: (_plot, splits) => splits.map((value) => input.formatTick(value / 100, "percent")),
      },
    ],
    series: [
      {},
      ...PLOT_COLUMNS.map(({ metric, kind }): uPlot.Series => {
        const color = palette[metric];
        return {
          scale: ACCURACY_METRICS.has(metric) ? ACCURACY : LOSS,
          stroke: kind === "raw" ? faint(color) : color,
          width: kind === "raw" ? 1 : 2,
          spanGaps: true,
          points: kind === "single" ? { show: true, size: 7, fill: color, stroke: color } : { show: false },
        };
      }),
    ],
    cursor: {
      drag: { x: true, y: false, setScale: true },
      points: { show: false },
      bind: {
        dblclick: () => () => {
          input.onDoubleClick();
          return null;
        },
      },
    },
    hooks: {
      setCursor: [(plot) => input.onCursor(plot.cursor.idx ?? null)],
      setScale: [(plot, key) => key === "x" && input.onScale(plot)],
      drawAxes: [(plot) => drawMarkers(plot, input.markers(), palette, labels.checkpoint)],
    },
  };
}

/** `value` rounded to one significant digit (0.528 → 0.5 down, 3.19 → 4 up), so the log axis ends on round numbers. */
function rounded(value: number, round: (value: number) => number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return round(value / magnitude) * magnitude;
}

/** Dashed lines where epochs end; solid, labelled lines at checkpoints. Drawn under the series. */
function drawMarkers(plot: uPlot, markers: Markers, palette: ChartPalette, checkpointLabel: string) {
  const { ctx, bbox } = plot;
  const ratio = uPlot.pxRatio;
  const inView = (step: number) => {
    const x = Math.round(plot.valToPos(step, "x", true));
    return x >= bbox.left && x <= bbox.left + bbox.width ? x : null;
  };
  ctx.save();
  ctx.lineWidth = ratio;
  ctx.strokeStyle = palette.epoch;
  ctx.setLineDash([4 * ratio, 4 * ratio]);
  for (const step of markers.epochSteps) {
    const x = inView(step);
    if (x === null) continue;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.lineWidth = 1.5 * ratio;
  ctx.strokeStyle = palette.checkpoint;
  ctx.fillStyle = palette.checkpoint;
  ctx.font = `${11 * ratio}px system-ui, sans-serif`;
  ctx.textBaseline = "top";
  let labelEnd = Number.NEGATIVE_INFINITY;
  for (const step of markers.checkpointSteps) {
    const x = inView(step);
    if (x === null) continue;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    // The label sits left of its line, unless it would cover the previous label or leave the plot.
    const width = ctx.measureText(checkpointLabel).width;
    const start = x - width - 4 * ratio;
    if (start > labelEnd && start > bbox.left) {
      ctx.fillText(checkpointLabel, start, bbox.top + 3 * ratio);
      labelEnd = x;
    }
  }
  ctx.restore();
}
