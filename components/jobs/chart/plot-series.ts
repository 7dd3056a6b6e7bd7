/** Which uPlot column shows which metric: a faint raw line under its smoothed line, one line for full validation. */
import type uPlot from "uplot";
import { CHART_METRICS, type ChartData, type ChartMetric } from "@/lib/jobs/chart/chart-data";

type PlotColumn = { metric: ChartMetric; kind: "raw" | "smoothed" | "single" };

export const PLOT_COLUMNS: readonly PlotColumn[] = CHART_METRICS.flatMap((metric): PlotColumn[] =>
  metric === "fullValidLoss"
    ? [{ metric, kind: "single" }]
    : [
        { metric, kind: "raw" },
        { metric, kind: "smoothed" },
      ],
);

/** uPlot's series index (column 0 is the steps) of each column of a metric. */
export function seriesIndexes(metric: ChartMetric): number[] {
  return PLOT_COLUMNS.flatMap((column, index) => (column.metric === metric ? [index + 1] : []));
}

export function plotData(data: ChartData): uPlot.AlignedData {
  return [
    data.steps,
    ...PLOT_COLUMNS.map((column) =>
      column.kind === "smoothed" ? data.smoothed[column.metric].values : data.raw[column.metric],
    ),
  ];
}
