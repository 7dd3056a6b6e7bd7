"use client";
/** Training metrics per step, drawn with uPlot on a canvas. */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { MetricPoint } from "@/lib/jobs/metric-point";

export type LossChartProps = {
  /** every step known so far, ascending; later renders may append steps */
  points: MetricPoint[];
  /** steps where an epoch ends */
  epochSteps: number[];
  /** steps that have a checkpoint */
  checkpointSteps: number[];
  /** total steps of the job when known, to fix the x axis while it runs */
  totalSteps?: number | null;
};

export function LossChart({ points }: LossChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    if (!container.current) return;
    plot.current = new uPlot(
      {
        width: container.current.clientWidth || 600,
        height: 280,
        series: [{}, { label: "Training loss", stroke: "#2563eb" }, { label: "Validation loss", stroke: "#db2777" }],
      },
      [[], [], []],
      container.current,
    );
    return () => plot.current?.destroy();
  }, []);

  useEffect(() => {
    plot.current?.setData([
      points.map((point) => point.step),
      points.map((point) => point.trainLoss),
      points.map((point) => point.validLoss),
    ]);
  }, [points]);

  return <div ref={container} />;
}
