/** One training step's metrics, as the loss chart and the metric warnings read them. */
export type MetricPoint = {
  step: number;
  trainLoss: number | null;
  trainAccuracy: number | null;
  validLoss: number | null;
  validAccuracy: number | null;
  fullValidLoss: number | null;
  fullValidAccuracy: number | null;
};

/**
 * Reads the `data` of a provider "metrics" event (step, train_loss, train_mean_token_accuracy, valid_loss,
 * valid_mean_token_accuracy, full_valid_loss, full_valid_mean_token_accuracy, total_steps).
 */
export function metricPointFromEventData(data: unknown): MetricPoint | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  const step = record.step;
  if (typeof step !== "number" || !Number.isInteger(step)) return null;
  const number = (key: string) => {
    const value = record[key];
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  };
  return {
    step,
    trainLoss: number("train_loss"),
    trainAccuracy: number("train_mean_token_accuracy"),
    validLoss: number("valid_loss"),
    validAccuracy: number("valid_mean_token_accuracy"),
    fullValidLoss: number("full_valid_loss"),
    fullValidAccuracy: number("full_valid_mean_token_accuracy"),
  };
}
