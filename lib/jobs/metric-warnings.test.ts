import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import type { MetricPoint } from "./metric-point";
import { METRIC_WARNING_CODES, type MetricWarning, metricWarnings } from "./metric-warnings";

/** Seeded normal noise, so every run sees the same curves. */
function noise(seed: number) {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

type Curve = (progress: number) => number;

function job(options: { steps: number; train: Curve; valid?: Curve; spread?: number; seed?: number }): MetricPoint[] {
  const { steps, train, valid, spread = 0.1, seed = 1 } = options;
  const random = noise(seed);
  return Array.from({ length: steps }, (_, index) => {
    const step = index + 1;
    const progress = step / steps;
    return {
      step,
      trainLoss: train(progress) * (1 + spread * random()),
      trainAccuracy: null,
      validLoss: valid ? valid(progress) * (1 + (spread / 2) * random()) : null,
      validAccuracy: null,
      fullValidLoss: null,
      fullValidAccuracy: null,
    };
  });
}

const falling: Curve = (p) => 0.4 + 2.2 * Math.exp(-5 * p);
const flat: Curve = () => 1.1;
const codes = (points: MetricPoint[], extra: { totalSteps?: number; nEpochs?: number } = {}) =>
  metricWarnings({ points, exampleCount: 100, nEpochs: extra.nEpochs ?? null, totalSteps: extra.totalSteps }).map(
    (warning) => warning.code,
  );

describe("metricWarnings: healthy training does not warn", () => {
  it.each([30, 60, 200, 2_000, 20_000])("a noisy but falling loss over %i steps", (steps) => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(
        codes(job({ steps, train: falling, valid: (p) => 0.55 + 2.1 * Math.exp(-5 * p), seed, spread: 0.15 })),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it("validation loss that stays flat with noise while training loss falls is not overfitting", () => {
    for (let seed = 1; seed <= 30; seed++) {
      for (const steps of [40, 300, 3_000]) {
        expect(
          codes(job({ steps, train: falling, valid: flat, seed, spread: 0.12 })),
          `${steps} steps, seed ${seed}`,
        ).toEqual([]);
      }
    }
  });

  it("one late spike of validation loss is not overfitting", () => {
    const points = job({ steps: 400, train: falling, valid: (p) => 0.6 + 2 * Math.exp(-5 * p), spread: 0 });
    const last = points.at(-1) as MetricPoint;
    last.validLoss = 3;
    expect(codes(points)).toEqual([]);
  });

  it("judges nothing during the first steps", () => {
    expect(codes(job({ steps: 15, train: flat, valid: (p) => 1 + p }))).toEqual([]);
    expect(metricWarnings({ points: [], exampleCount: null, nEpochs: null })).toEqual([]);
  });
});

describe("metricWarnings: overfitting", () => {
  // Validation loss is lowest at 40 % of the job, then climbs back up while training loss keeps falling.
  const overfit: Curve = (p) => 0.6 + 1.5 * Math.exp(-8 * p) + Math.max(0, p - 0.4) * 1.2;

  it("warns when validation loss rises while training loss falls, from about where validation loss was lowest", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const warnings = metricWarnings({
        points: job({ steps: 1_000, train: falling, valid: overfit, seed }),
        exampleCount: 100,
        nEpochs: 10,
        totalSteps: 1_000,
      });
      const warning = warnings.find((entry) => entry.code === "overfitting");
      expect(warning, `seed ${seed}`).toBeDefined();
      expect(warning?.fromStep).toBeGreaterThan(250);
      expect(warning?.fromStep).toBeLessThan(550);
      expect(warning?.params.risePercent).toBeGreaterThan(20);
      expect(warning?.params.suggestedEpochs).toBeGreaterThanOrEqual(3);
      expect(warning?.params.suggestedEpochs).toBeLessThanOrEqual(6);
    }
  });

  it("is not overfitting when training loss rises too", () => {
    const warnings = codes(job({ steps: 500, train: (p) => 1 + p, valid: (p) => 1 + p }));
    expect(warnings).toEqual(["lossRising"]);
  });

  it("reads full validation loss (once per epoch) when per-step validation is missing", () => {
    const points = job({ steps: 600, train: falling });
    const perEpoch = [1.4, 0.9, 0.85, 1.0, 1.2, 1.4];
    perEpoch.forEach((loss, epoch) => {
      (points[(epoch + 1) * 100 - 1] as MetricPoint).fullValidLoss = loss;
    });
    const warning = metricWarnings({ points, exampleCount: 100, nEpochs: 6, totalSteps: 600 })[0];
    expect(warning).toMatchObject({
      code: "overfitting",
      fromStep: 300,
      params: { suggestedEpochs: 3, bestValidLoss: 0.85 },
    });
    // Two epochs are not enough to call a trend.
    expect(codes(points.slice(0, 200))).toEqual([]);
  });
});

describe("metricWarnings: training loss trend", () => {
  it("warns when the loss has not fallen by a quarter of the job", () => {
    const points = job({ steps: 400, train: flat });
    expect(codes(points, { totalSteps: 400 })).toEqual(["lossNotFalling"]);
    expect(codes(points.slice(0, 80), { totalSteps: 400 })).toEqual([]);
    expect(codes(points.slice(0, 40))).toEqual([]);
    const warning = metricWarnings({ points, exampleCount: 100, nEpochs: 3 })[0];
    expect(warning?.params).toMatchObject({ steps: 400 });
    expect(Math.abs(warning?.params.changePercent ?? 100)).toBeLessThan(10);
  });

  it("warns when the loss rises", () => {
    const warning = metricWarnings({
      points: job({ steps: 300, train: (p) => 1 + 2 * p }),
      exampleCount: 100,
      nEpochs: 3,
    })[0];
    expect(warning?.code).toBe("lossRising");
    expect(warning?.params.changePercent).toBeGreaterThan(100);
  });

  it("is not fooled by a few huge spikes in a falling loss", () => {
    const points = job({ steps: 500, train: falling });
    for (const index of [3, 100, 250, 480, 490, 499]) (points[index] as MetricPoint).trainLoss = 50;
    expect(codes(points)).toEqual([]);
  });
});

describe("metricWarnings: too few examples", () => {
  it("warns below 50 examples, with the numbers for the message", () => {
    expect(metricWarnings({ points: [], exampleCount: 20, nEpochs: null })).toEqual([
      { code: "tooFewExamples", params: { examples: 20, recommended: 50 } },
    ]);
    expect(metricWarnings({ points: [], exampleCount: 50, nEpochs: null })).toEqual([]);
    expect(metricWarnings({ points: [], exampleCount: null, nEpochs: null })).toEqual([]);
  });
});

describe("metric warning texts", () => {
  // One warning of each code, with the params the rules give it.
  const samples: MetricWarning[] = [
    {
      code: "overfitting",
      fromStep: 120,
      params: { fromStep: 120, bestValidLoss: 0.8, latestValidLoss: 1.1, risePercent: 38, suggestedEpochs: 0 },
    },
    { code: "lossRising", params: { firstLoss: 1, latestLoss: 2.5, changePercent: 150 } },
    { code: "lossNotFalling", params: { firstLoss: 1, latestLoss: 0.98, changePercent: -2, steps: 400 } },
    { code: "tooFewExamples", params: { examples: 20, recommended: 50 } },
  ];

  it.each([
    ["en", en],
    ["de", de],
  ] as const)(
    "%s has a title, an explanation and advice for every code, filled with its numbers",
    (locale, messages) => {
      expect(samples.map((sample) => sample.code)).toEqual([...METRIC_WARNING_CODES]);
      const t = createTranslator({
        locale,
        messages,
        namespace: "metricWarnings",
        onError: (error) => {
          throw error;
        },
      });
      for (const { code, params } of samples) {
        expect(t(`${code}.title`)).not.toBe("");
        const text = `${t(`${code}.body`, params)} ${t(`${code}.advice`, params)}`;
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
        expect(text).toContain(new Intl.NumberFormat(locale).format(Object.values(params)[0] as number));
      }
    },
  );

  it("formats the numbers for the language", () => {
    const t = createTranslator({ locale: "de", messages: de, namespace: "metricWarnings" });
    expect(t("overfitting.body", samples[0]?.params)).toContain("(0,8)");
    expect(t("overfitting.advice", { ...samples[0]?.params, suggestedEpochs: 3 })).toContain("etwa 3 Epochen");
  });
});
