/** The chart's colours for the light and the dark theme; axis and grid follow the app's CSS variables. */
import type { ChartMetric } from "@/lib/jobs/chart/chart-data";

export type ChartPalette = Record<ChartMetric, string> & {
  axis: string;
  grid: string;
  epoch: string;
  checkpoint: string;
  surface: string;
};

const LINES: Record<"light" | "dark", Record<ChartMetric, string> & { epoch: string; checkpoint: string }> = {
  light: {
    trainLoss: "#2563eb",
    validLoss: "#db2777",
    fullValidLoss: "#c2410c",
    trainAccuracy: "#059669",
    validAccuracy: "#7c3aed",
    epoch: "#71717a",
    checkpoint: "#0e7490",
  },
  dark: {
    trainLoss: "#60a5fa",
    validLoss: "#f472b6",
    fullValidLoss: "#fb923c",
    trainAccuracy: "#34d399",
    validAccuracy: "#a78bfa",
    epoch: "#a1a1aa",
    checkpoint: "#22d3ee",
  },
};

/** The line and marker colours alone, safe to read while rendering on the server (no DOM). */
export function lineColors(theme: "light" | "dark") {
  return LINES[theme];
}

export function chartPalette(theme: "light" | "dark"): ChartPalette {
  const style = getComputedStyle(document.documentElement);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    ...LINES[theme],
    axis: variable("--fg-muted", theme === "dark" ? "#a1a1ab" : "#5b5b66"),
    grid: variable("--border", theme === "dark" ? "#2e2e37" : "#e2e2e6"),
    surface: variable("--surface", theme === "dark" ? "#17171c" : "#ffffff"),
  };
}

/** The raw line under a smoothed one: the same colour, faint. */
export function faint(color: string): string {
  return `${color}4d`;
}
