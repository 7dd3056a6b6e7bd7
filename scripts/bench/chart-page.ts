/**
 * A page with the loss chart and nothing else of the app: the real component and uPlot bundled with esbuild,
 * the app's Tailwind CSS, for Chromium through `page.setContent`. Used by the chart's benchmark and e2e test.
 */
import fs from "node:fs";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import { build } from "esbuild";
import postcss from "postcss";

const root = path.resolve(import.meta.dirname, "../..");

// Runs in the browser: mounts the chart (and the warnings the same points give) and exposes it as `window.chart`.
const ENTRY = `
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { NextIntlClientProvider } from "next-intl";
import { LossChart } from "@/components/jobs/loss-chart";
import { MetricWarnings } from "@/components/jobs/metric-warnings";
import { metricWarnings } from "@/lib/jobs/metric-warnings";
import en from "@/lib/i18n/messages/en.json";
import de from "@/lib/i18n/messages/de.json";

const root = createRoot(document.getElementById("root"));
let job = null;
window.chart = {
  /** The job to draw, from scripts/bench/chart-curve.ts: points, epoch and checkpoint steps, total steps. */
  load(value) {
    job = value;
  },
  render({ upTo, locale = "en", warnings = false } = {}) {
    const points = upTo === undefined ? job.points : job.points.slice(0, upTo);
    const chart = createElement(LossChart, { ...job, points });
    const list = warnings
      ? createElement(MetricWarnings, {
          warnings: metricWarnings({ points, exampleCount: 20, nEpochs: job.epochSteps.length, totalSteps: job.totalSteps }),
        })
      : null;
    const messages = locale === "de" ? de : en;
    flushSync(() =>
      root.render(createElement(NextIntlClientProvider, { locale, messages, timeZone: "UTC" }, list, chart)),
    );
  },
  unmount() {
    flushSync(() => root.render(null));
  },
  painted() {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  },
  async time(action) {
    const started = performance.now();
    action();
    await this.painted();
    return performance.now() - started;
  },
  /**
   * Moves the smoothing slider as a person would (React listens to the input event) and resolves once the
   * re-smoothed values are on screen (the legend shows them in the same commit as the canvas gets them).
   */
  async smooth(value) {
    const started = performance.now();
    const legend = document.querySelector('[data-testid="legend-value"]');
    const before = legend.textContent;
    const shown = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (legend.textContent === before) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(legend, { characterData: true, childList: true, subtree: true });
      setTimeout(() => reject(new Error("the smoothed values never showed")), 10000);
    });
    const slider = document.querySelector('input[type="range"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(slider, String(value));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    await shown;
    await this.painted();
    return performance.now() - started;
  },
};
`;

async function bundle() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: "tsx", sourcefile: "chart-entry.tsx" },
    bundle: true,
    write: false,
    outdir: path.join(root, ".chart-page"),
    minify: true,
    format: "iife",
    platform: "browser",
    jsx: "automatic",
    alias: { "@": root },
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".json": "json" },
    logLevel: "error",
  });
  const text = (extension: string) =>
    result.outputFiles
      .filter((file) => file.path.endsWith(extension))
      .map((file) => file.text)
      .join("\n");
  return { js: text(".js"), css: text(".css") };
}

async function appCss() {
  const from = path.join(root, "app/globals.css");
  const result = await postcss([tailwind({ base: root })]).process(fs.readFileSync(from, "utf8"), { from });
  return result.css;
}

/** The page's HTML; `dark` sets the dark theme as next-themes would (the `dark` class on <html>). */
export async function chartPageHtml(options: { dark?: boolean } = {}) {
  const [{ js, css }, app] = await Promise.all([bundle(), appCss()]);
  // </script> cannot appear inside the inline script; uPlot and React never write it, but be safe.
  const script = js.replaceAll("</script", "<\\/script");
  return `<!doctype html><html lang="en" class="${options.dark ? "dark" : ""}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${app}\n${css}</style></head>
<body class="font-sans"><main class="mx-auto max-w-5xl p-4"><div id="root"></div></main><script>${script}</script></body></html>`;
}
