/** A job's metrics as the Sandbox reports them (same simulated curves), for the chart's benchmark, tests and screenshots. */
import { type MetricPoint, metricPointFromEventData } from "@/lib/jobs/metric-point";
import { stepsPerEpoch } from "@/lib/models/hyperparameters";
import { createMetricsModel } from "@/lib/sandbox/training/metrics";

export type ChartJob = { points: MetricPoint[]; epochSteps: number[]; checkpointSteps: number[]; totalSteps: number };

/** Every step of a job with validation data; few examples trained for many epochs overfit, as they do for real. */
export function chartJob(options: { examples: number; epochs: number; seed?: number }): ChartJob {
  const hyperparameters = { n_epochs: options.epochs, batch_size: 1 };
  const metrics = createMetricsModel({
    seed: options.seed ?? 7,
    examples: options.examples,
    validationFile: "file-validation",
    hyperparameters,
  });
  const perEpoch = stepsPerEpoch({ examples: options.examples, batch_size: 1 });
  const totalSteps = perEpoch * options.epochs;
  const points: MetricPoint[] = [];
  for (let step = 1; step <= totalSteps; step++) {
    const point = metricPointFromEventData(metrics(step));
    if (point) points.push(point);
  }
  const epochSteps = Array.from({ length: options.epochs }, (_, epoch) => (epoch + 1) * perEpoch);
  // OpenAI keeps a checkpoint at the end of each of the last three epochs.
  return { points, epochSteps, checkpointSteps: epochSteps.slice(-3), totalSteps };
}
