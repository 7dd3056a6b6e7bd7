/**
 * Simulated training curves. Loss falls from 2–3 towards a plateau, noisier for small batches; when few examples
 * are trained for many epochs the model memorises them: train loss keeps falling while validation loss rises.
 */
import { stepsPerEpoch } from "@/lib/models/hyperparameters";
import { gaussian, uniform } from "./noise";

export type StepMetrics = {
  step: number;
  train_loss: number;
  train_mean_token_accuracy: number;
  valid_loss?: number;
  valid_mean_token_accuracy?: number;
  full_valid_loss?: number;
  full_valid_mean_token_accuracy?: number;
};

export type CurveJob = {
  seed: number;
  examples: number;
  validationFile: string | null;
  hyperparameters: { n_epochs: number; batch_size: number };
};

const STREAM = { startLoss: 1, plateau: 2, train: 3, valid: 4, fullValid: 5 } as const;

// Epochs before memorising starts, and how strongly it grows per epoch (halved at 50 examples).
const HEALTHY_EPOCHS = 3;
const MEMORISING_EXAMPLES = 50;

/** The metrics of any step of the job, each computed on its own (no state carried between steps). */
export function createMetricsModel(job: CurveJob): (step: number) => StepMetrics {
  const { seed, examples, hyperparameters } = job;
  const perEpoch = stepsPerEpoch({ examples, batch_size: hyperparameters.batch_size });
  const total = perEpoch * hyperparameters.n_epochs;
  const startLoss = 2 + uniform(seed, 0, STREAM.startLoss);
  const plateau = 0.3 + 0.5 * uniform(seed, 0, STREAM.plateau);
  const memorising = 1 / (1 + examples / MEMORISING_EXAMPLES);
  const batchNoise = 1 / Math.sqrt(hyperparameters.batch_size);
  const noisy = (loss: number, spread: number, step: number, stream: number) =>
    loss * (1 + spread * batchNoise * gaussian(seed, step, stream));

  return (step) => {
    const unlearned = Math.exp((-5 * step) / total);
    const overfit = Math.max(0, step / perEpoch - HEALTHY_EPOCHS) * memorising;
    const train = (plateau + (startLoss - plateau) * unlearned) * Math.exp(-0.25 * overfit);
    const trainLoss = noisy(train, 0.12, step, STREAM.train);
    const metrics: StepMetrics = { step, train_loss: round(trainLoss), train_mean_token_accuracy: accuracy(trainLoss) };
    if (job.validationFile === null) return metrics;
    // Held-out data never gets below the plateau, and memorising shows as a rise.
    const valid = plateau + 0.1 + (startLoss - plateau - 0.1) * unlearned + 0.15 * overfit;
    const validLoss = noisy(valid, 0.06, step, STREAM.valid);
    metrics.valid_loss = round(validLoss);
    metrics.valid_mean_token_accuracy = accuracy(validLoss);
    if (step % perEpoch === 0) {
      const fullValidLoss = noisy(valid, 0.01, step, STREAM.fullValid);
      metrics.full_valid_loss = round(fullValidLoss);
      metrics.full_valid_mean_token_accuracy = accuracy(fullValidLoss);
    }
    return metrics;
  };
}

// exp(-loss) is the mean probability given to the right token; picking the likeliest token is right more often.
function accuracy(loss: number): number {
  return round(Math.exp(-0.6 * loss));
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Steps between two metrics events: every step up to 1000 steps, then about 1000 events per job. */
function metricsInterval(totalSteps: number): number {
  return Math.max(1, Math.ceil(totalSteps / 1000));
}

/** The steps that get a metrics event, up to `upTo`: every interval, each epoch's end and the last step. */
export function reportedSteps(totalSteps: number, perEpoch: number, upTo: number): number[] {
  const interval = metricsInterval(totalSteps);
  const next = (step: number, every: number) => (Math.floor(step / every) + 1) * every;
  const steps: number[] = [];
  for (let step = 0; step < totalSteps; ) {
    step = Math.min(totalSteps, next(step, interval), next(step, perEpoch));
    if (step > upTo) break;
    steps.push(step);
  }
  return steps;
}
