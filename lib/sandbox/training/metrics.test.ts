import { describe, expect, it } from "vitest";
import { type CurveJob, createMetricsModel, reportedSteps } from "./metrics";

const SEEDS = Array.from({ length: 20 }, (_, i) => 1 + i * 104_729);

function curve(job: Omit<CurveJob, "seed">, seed: number) {
  const metricsAt = createMetricsModel({ ...job, seed });
  const total = Math.ceil(job.examples / job.hyperparameters.batch_size) * job.hyperparameters.n_epochs;
  return Array.from({ length: total }, (_, i) => metricsAt(i + 1));
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const epochEnds = (steps: ReturnType<typeof curve>) => steps.flatMap((step) => step.full_valid_loss ?? []);

describe("createMetricsModel", () => {
  const tenExamples = { examples: 10, validationFile: "file-v", hyperparameters: { n_epochs: 10, batch_size: 1 } };

  it("starts between 2 and 3 (give or take the batch noise) and falls, while token accuracy rises", () => {
    const starts = SEEDS.map((seed) => curve(tenExamples, seed)[0]?.train_loss ?? 0);
    expect(mean(starts)).toBeGreaterThan(2);
    expect(mean(starts)).toBeLessThan(3);
    for (const seed of SEEDS) {
      const steps = curve(tenExamples, seed);
      const first = mean(steps.slice(0, 5).map((step) => step.train_loss));
      const last = mean(steps.slice(-5).map((step) => step.train_loss));
      expect(steps[0]?.train_loss).toBeGreaterThan(1.2);
      expect(steps[0]?.train_loss).toBeLessThan(3.8);
      expect(last).toBeLessThan(first / 3);
      const accuracies = steps.map((step) => step.train_mean_token_accuracy);
      expect(accuracies.every((value) => value > 0 && value < 1)).toBe(true);
      expect(mean(accuracies.slice(-5))).toBeGreaterThan(mean(accuracies.slice(0, 5)) + 0.3);
    }
  });

  it("is the same for the same seed and step, and differs between seeds", () => {
    const job = { ...tenExamples, seed: 7 };
    expect(createMetricsModel(job)(37)).toEqual(createMetricsModel(job)(37));
    expect(createMetricsModel(job)(37)).not.toEqual(createMetricsModel({ ...job, seed: 8 })(37));
  });

  it("over-trains many epochs on few examples: validation loss rises again while train loss keeps falling", () => {
    for (const seed of SEEDS) {
      const steps = curve(tenExamples, seed);
      const validation = epochEnds(steps);
      expect(validation).toHaveLength(10);
      expect(validation[9]).toBeGreaterThan(Math.min(...validation) + 0.15);
      expect(steps[99]?.train_loss).toBeLessThan(steps[29]?.train_loss ?? 0);
    }
  });

  it("does not over-train a large file trained for a few epochs", () => {
    const large = { examples: 2000, validationFile: "file-v", hyperparameters: { n_epochs: 3, batch_size: 4 } };
    for (const seed of SEEDS.slice(0, 5)) {
      const validation = epochEnds(curve(large, seed));
      expect(validation[2]).toBe(Math.min(...validation));
    }
  });

  it("reports no validation metrics without a validation file", () => {
    const metrics = createMetricsModel({ ...tenExamples, validationFile: null, seed: 1 })(10);
    expect(Object.keys(metrics).sort()).toEqual(["step", "train_loss", "train_mean_token_accuracy"]);
  });
});

describe("reportedSteps", () => {
  it("reports every step of small jobs", () => {
    expect(reportedSteps(100, 10, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(reportedSteps(100, 10, 37)).toHaveLength(37);
  });

  it("reports about 1000 steps of large jobs, plus every epoch end and the last step", () => {
    const steps = reportedSteps(2505, 835, 2505);
    expect(steps.slice(0, 3)).toEqual([3, 6, 9]);
    expect(steps).toEqual(expect.arrayContaining([835, 1670, 2505]));
    expect(steps).toHaveLength(2505 / 3 + 2);
    expect(reportedSteps(50_000_000, 50_000_000, 50_000_000)).toHaveLength(1000);
  });
});
