import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The marker package throws outside React Server Components; unit tests run lib/ directly.
      "server-only": path.resolve(import.meta.dirname, "scripts/test/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    setupFiles: ["scripts/test/setup-unit.ts"],
    pool: "forks",
    // Tests assert behaviour, not speed (that is `npm run bench`): a loaded machine must not fail them.
    testTimeout: 30_000,
  },
});
