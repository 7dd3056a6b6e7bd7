/**
 * First-load JavaScript of every page of the production build, gzipped, against a budget. Read from the build's
 * manifests rather than from a browser, so no server, account or data is needed and the number does not depend
 * on what a page happens to show: the root files every page loads (build-manifest.json `rootMainFiles`) plus the
 * chunks of the page's own entries and its layouts (`entryJSFiles` of the page's client reference manifest).
 * Chunks loaded on demand (next/dynamic, React.lazy) are not part of it, nor the legacy-browser polyfills.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 250;
const NEXT_DIR = path.resolve(import.meta.dirname, "../../.next");

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/** `/(app)/jobs/[jobId]/page` → `/jobs/[jobId]`: the page's address, without route groups. */
const routeOf = (entry: string) =>
  entry
    .replace(/\/page$/, "")
    .split("/")
    .filter((part) => !/^\(.+\)$/.test(part))
    .join("/") || "/";

/** The manifest is a script that assigns to `globalThis.__RSC_MANIFEST`; run it in a sandbox to read it. */
function clientManifest(file: string, entry: string): ClientManifest {
  const context = { globalThis: { __RSC_MANIFEST: {} as Record<string, ClientManifest> } };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  return context.globalThis.__RSC_MANIFEST[entry] ?? {};
}

const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(path.join(NEXT_DIR, file))).length;
    gzipSizes.set(file, size);
  }
  return size;
}

/** Every app page of the build with the gzipped size of the JavaScript its first load needs, largest first. */
function pageWeights(): { route: string; bytes: number; files: number }[] {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const appPaths = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "server/app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  const pages = Object.entries(appPaths).filter(([entry]) => entry.endsWith("/page"));
  return pages
    .map(([entry, serverFile]) => {
      const manifestFile = path.join(NEXT_DIR, "server", serverFile.replace(/\.js$/, "_client-reference-manifest.js"));
      const { entryJSFiles = {} } = clientManifest(manifestFile, entry);
      const files = new Set([...buildManifest.rootMainFiles, ...Object.values(entryJSFiles).flat()]);
      const bytes = [...files].filter((file) => file.endsWith(".js")).reduce((sum, file) => sum + gzipSize(file), 0);
      return { route: routeOf(entry), bytes, files: files.size };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

export async function benchPages() {
  if (!fs.existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
    console.log("Building the app first…");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  }
  console.log(`\nFirst-load JavaScript per page (gzip, from the build's manifests; budget ${BUDGET_KB} kB)`);
  const weights = pageWeights();
  for (const { route, bytes, files } of weights) {
    const kb = bytes / 1024;
    const ratio = kb / BUDGET_KB;
    console.log(
      `${route.padEnd(40)} ${kb.toFixed(1).padStart(7)} kB  ${String(files).padStart(3)} files   ratio ${ratio.toFixed(2)}x${ratio > 1 ? "  over budget" : ""}`,
    );
  }
  const over = weights.filter(({ bytes }) => bytes / 1024 > BUDGET_KB).length;
  console.log(`  ${over ? `${over} of ${weights.length} pages over` : `all ${weights.length} pages within`} budget`);
}
