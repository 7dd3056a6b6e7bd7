/** Timing helpers for the benchmarks: run a thing many times, report median and 95th percentile. */
type Timing = { median: number; p95: number; runs: number };

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

export async function time(runs: number, run: () => unknown | Promise<unknown>): Promise<Timing> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export function report(name: string, timing: Timing, unit = "ms") {
  console.log(
    `${name.padEnd(58)} median ${timing.median.toFixed(2).padStart(9)} ${unit}   p95 ${timing.p95.toFixed(2).padStart(9)} ${unit}   (${timing.runs} runs)`,
  );
}
