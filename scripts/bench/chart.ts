/**
 * The loss chart in Chromium: a first render of 20 000 steps (training and validation loss and accuracy, full
 * validation per epoch), appending 100 steps to it as a live job does, and re-smoothing it from the slider.
 * Measured from the React render call until the frame after it, so uPlot's drawing is included.
 */
import { chromium } from "@playwright/test";
import { type ChartJob, chartJob } from "./chart-curve.ts";
import { chartPageHtml } from "./chart-page.ts";
import { report, summarize } from "./stats.ts";

const STEPS = 20_000;
const APPEND = 100;
const RUNS = 9;
const GOAL_MS = 300;

type ChartPage = {
  load: (job: ChartJob) => void;
  render: (options?: { upTo?: number }) => void;
  unmount: () => void;
  painted: () => Promise<void>;
  time: (action: () => void) => Promise<number>;
  smooth: (weight: number) => Promise<number>;
};
type WithChart = { chart: ChartPage };

export async function benchChart() {
  console.log(`\nLoss chart in Chromium (${STEPS} steps)`);
  const html = await chartPageHtml();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(html);
    const job = chartJob({ examples: STEPS / 4, epochs: 4 });
    if (job.points.length !== STEPS) throw new Error(`The curve has ${job.points.length} steps, not ${STEPS}`);
    await page.evaluate((value) => (window as unknown as WithChart).chart.load(value), job);

    const first: number[] = [];
    const append: number[] = [];
    const resmooth: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const sample = await page.evaluate(
        async ({ steps, extra }) => {
          const { chart } = window as unknown as WithChart;
          const firstRender = await chart.time(() => chart.render({ upTo: steps - extra }));
          const appended = await chart.time(() => chart.render({ upTo: steps }));
          const resmoothed = await chart.smooth(0.9);
          chart.unmount();
          await chart.painted();
          return { firstRender, appended, resmoothed };
        },
        { steps: STEPS, extra: APPEND },
      );
      if (run === 0) continue; // warm-up: the JIT's first pass over uPlot and React
      first.push(sample.firstRender);
      append.push(sample.appended);
      resmooth.push(sample.resmoothed);
    }
    const firstTiming = summarize(first);
    report(`first render, ${STEPS - APPEND} steps (goal: under ${GOAL_MS} ms)`, firstTiming);
    report(`append ${APPEND} steps to it`, summarize(append));
    report("move the smoothing slider until the lines are redrawn", summarize(resmooth));
    console.log(`  ratio first render / goal: ${(firstTiming.median / GOAL_MS).toFixed(2)}x (goal: under 1x)`);
  } finally {
    await browser.close();
  }
}
