/**
 * The loss chart in Chromium: the real component and uPlot on a page of their own (scripts/bench/chart-page.ts),
 * fed with the Sandbox's simulated curves: 300 steps over 10 epochs with validation, the last 3 with checkpoints.
 */
import { expect, type Page, test } from "@playwright/test";
import { type ChartJob, chartJob } from "../scripts/bench/chart-curve";
import { chartPageHtml } from "../scripts/bench/chart-page";

type ChartWindow = {
  chart: {
    load: (job: ChartJob) => void;
    render: (options?: { upTo?: number; locale?: string; warnings?: boolean }) => void;
  };
};

let html = "";
test.beforeAll(async () => {
  html = await chartPageHtml();
});

async function showChart(page: Page, options: { upTo?: number; locale?: string; warnings?: boolean } = {}) {
  await page.setContent(html);
  const job = chartJob({ examples: 30, epochs: 10 });
  await page.evaluate((value) => (window as unknown as ChartWindow).chart.load(value), job);
  await render(page, options);
}

async function render(page: Page, options: { upTo?: number; locale?: string; warnings?: boolean }) {
  await page.evaluate((props) => (window as unknown as ChartWindow).chart.render(props), options);
}

/** Pixels of the chart's canvas within a small distance of `hex`: how much of a line is drawn. */
function pixelsOf(page: Page, hex: string) {
  return page.evaluate((color) => {
    const canvas = document.querySelector("canvas") as HTMLCanvasElement;
    const pixels = (canvas.getContext("2d") as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    ).data;
    const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(color.slice(start, start + 2), 16)) as number[];
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const distance =
        Math.abs((pixels[i] as number) - (r as number)) +
        Math.abs((pixels[i + 1] as number) - (g as number)) +
        Math.abs((pixels[i + 2] as number) - (b as number));
      if ((pixels[i + 3] as number) > 200 && distance < 40) count++;
    }
    return count;
  }, hex);
}

const canvasImage = (page: Page) =>
  page.evaluate(() => (document.querySelector("canvas") as HTMLCanvasElement).toDataURL());
const TRAIN_LOSS = "#2563eb";
const CHECKPOINT = "#0e7490";

/** The plot area (uPlot's overlay that takes the mouse). */
async function plotBox(page: Page) {
  const box = await page.locator(".u-over").boundingBox();
  if (!box) throw new Error("no plot area");
  return box;
}

async function stepAt(page: Page, fraction: number) {
  const box = await plotBox(page);
  await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
  const text = (await page.getByTestId("chart-step").textContent()) ?? "";
  expect(text).toMatch(/^Values at step \d+/);
  return Number(text.replace(/\D+/g, ""));
}

test("draws the lines, the markers and a summary of the latest values", async ({ page }) => {
  await showChart(page);
  expect(await pixelsOf(page, TRAIN_LOSS)).toBeGreaterThan(200);
  expect(await pixelsOf(page, CHECKPOINT)).toBeGreaterThan(100);
  await expect(page.getByTestId("chart-step")).toHaveText("Latest values, step 300 of 300");
  const summary = await page.getByRole("img").getAttribute("aria-label");
  expect(summary).toMatch(/^Training metrics up to step 300 of 300: Training loss \d\.\d+, Validation loss/);
  await page.getByText("Show the latest values as a table").click();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(table.getByRole("row", { name: /Full validation loss/ })).toContainText("300");
});

test("a series is hidden and shown again from the keyboard", async ({ page }) => {
  await showChart(page);
  const toggle = page.getByRole("button", { name: /^Training loss/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await pixelsOf(page, TRAIN_LOSS)).toBeLessThan(20);
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await pixelsOf(page, TRAIN_LOSS)).toBeGreaterThan(200);
});

test("the log scale redraws the losses and switches back", async ({ page }) => {
  await showChart(page);
  const linear = await canvasImage(page);
  const logScale = page.getByRole("checkbox", { name: "Log scale" });
  await logScale.focus();
  await page.keyboard.press("Space");
  await expect(logScale).toBeChecked();
  await expect.poll(() => canvasImage(page)).not.toBe(linear);
  await page.keyboard.press("Space");
  await expect.poll(() => canvasImage(page)).toBe(linear);
});

test("the smoothing slider changes the smoothed values, not the raw ones", async ({ page }) => {
  await showChart(page);
  const trainLoss = page.getByRole("button", { name: /^Training loss/ });
  const smoothed = await trainLoss.getByTestId("legend-value").textContent();
  const raw = await trainLoss.getByText(/^raw/).textContent();
  const slider = page.getByRole("slider", { name: "Smoothing" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("smoothing-value")).toHaveText("0.99");
  await expect(trainLoss.getByTestId("legend-value")).not.toHaveText(smoothed ?? "");
  await expect(trainLoss.getByText(/^raw/)).toHaveText(raw ?? "");
  await page.keyboard.press("Home");
  await expect(page.getByTestId("smoothing-value")).toHaveText("0.00");
  // Without smoothing the smoothed line is the raw one, so the legend shows one value.
  await expect(trainLoss.getByText(/^raw/)).toHaveCount(0);
});

test("hovering shows the step and its values", async ({ page }) => {
  await showChart(page);
  const latest = await page
    .getByRole("button", { name: /^Training loss/ })
    .getByTestId("legend-value")
    .textContent();
  const step = await stepAt(page, 0.1);
  expect(step).toBeGreaterThan(20);
  expect(step).toBeLessThan(45);
  await expect(page.getByRole("button", { name: /^Training loss/ }).getByTestId("legend-value")).not.toHaveText(
    latest ?? "",
  );
  await page.mouse.move(0, 0);
  await expect(page.getByTestId("chart-step")).toHaveText("Latest values, step 300 of 300");
});

test("zooms by dragging and by buttons, and resets", async ({ page }) => {
  await showChart(page);
  const reset = page.getByRole("button", { name: "Reset zoom" });
  await expect(reset).toBeDisabled();
  const box = await plotBox(page);
  await page.mouse.move(box.x + box.width * 0.5, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(reset).toBeEnabled();
  expect(await stepAt(page, 0.01)).toBeGreaterThanOrEqual(145);
  expect(await stepAt(page, 0.99)).toBeLessThanOrEqual(230);

  await reset.focus();
  await page.keyboard.press("Enter");
  await expect(reset).toBeDisabled();
  expect(await stepAt(page, 0.01)).toBeLessThan(10);

  await page.getByRole("button", { name: "Zoom in" }).focus();
  await page.keyboard.press("Enter");
  await expect(reset).toBeEnabled();
  expect(await stepAt(page, 0.01)).toBeGreaterThan(60);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect(reset).toBeDisabled();
});

test("new steps are drawn into the same canvas and keep the zoom", async ({ page }) => {
  await showChart(page, { upTo: 200 });
  await expect(page.getByTestId("chart-step")).toHaveText("Latest values, step 200 of 300");
  await page.evaluate(() => {
    (document.querySelector("canvas") as HTMLCanvasElement).dataset.original = "yes";
  });
  const box = await plotBox(page);
  await page.mouse.move(box.x + box.width * 0.2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + 40, { steps: 5 });
  await page.mouse.up();
  const from = await stepAt(page, 0.01);
  const to = await stepAt(page, 0.99);
  await page.mouse.move(0, 0);

  await render(page, { upTo: 300 });
  await expect(page.getByTestId("chart-step")).toHaveText("Latest values, step 300 of 300");
  await expect(page.locator('canvas[data-original="yes"]')).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Reset zoom" })).toBeEnabled();
  expect(await stepAt(page, 0.01)).toBe(from);
  expect(await stepAt(page, 0.99)).toBe(to);
});

test("the warnings explain overfitting and too few examples in plain words", async ({ page }) => {
  await showChart(page, { warnings: true });
  const warnings = page.getByRole("region", { name: "What the metrics suggest" });
  await expect(warnings.getByRole("listitem")).toHaveCount(2);
  await expect(warnings.locator('[data-code="overfitting"]')).toContainText("Train for about");
  await expect(warnings.locator('[data-code="tooFewExamples"]')).toContainText("20 examples");
  await render(page, { warnings: true, locale: "de" });
  await expect(page.getByRole("region", { name: "Was die Metriken nahelegen" })).toContainText("auswendig");
  await expect(page.getByTestId("chart-step")).toHaveText("Neueste Werte, Schritt 300 von 300");
});
