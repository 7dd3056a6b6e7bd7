/**
 * The browser's side of data fetching: each feature's client.ts (query keys, route URLs, response schemas) loads
 * nothing server-only, and components take route URLs from there instead of writing them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** What a module loads at run time, now or on demand: `import type` and `export type` are erased, so they do not count. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [
    ...source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"/gms),
    ...source.matchAll(/^import\s+"([^"]+)"/gm),
    // What a module loads on demand (a feature's response schemas) reaches the browser too.
    ...source.matchAll(/\bimport\("([^"]+)"\)/g),
  ];
  return specifiers.map((match) => match[1] ?? "");
}

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

/** The chain of modules from `file` to one that imports "server-only", or null when there is none. */
function serverOnlyChain(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file) || !/\.tsx?$/.test(file)) return null;
  seen.add(file);
  for (const specifier of runtimeImports(file)) {
    if (specifier === "server-only") return [file];
    const next = resolve(specifier, file);
    const chain = next && serverOnlyChain(next, seen);
    if (chain) return [file, ...chain];
  }
  return null;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });

const clientModules = readdirSync(path.join(root, "lib"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !["db", "providers", "generated"].includes(entry.name))
  .map((entry) => path.join(root, "lib", entry.name, "client.ts"))
  .filter((file) => existsSync(file));

describe("the browser's data modules", () => {
  it("finds the features' client modules", () => {
    expect(clientModules.length).toBeGreaterThanOrEqual(5);
  });

  it.each(clientModules.map((file) => path.relative(root, file)))("%s loads nothing server-only", (file) => {
    const chain = serverOnlyChain(path.join(root, file));
    expect(chain?.map((step) => path.relative(root, step))).toBeUndefined();
  });

  it("components take route URLs from a client module", () => {
    const hardCoded = files(path.join(root, "components"))
      .filter((file) => /\.tsx?$/.test(file) && /["'`]\/api\//.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(hardCoded).toEqual([]);
  });
});
