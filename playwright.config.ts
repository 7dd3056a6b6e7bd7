import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  // No second tries, in CI either: a test that passes only on one hides a race. Tests wait on what the app shows
  // (or drive the Sandbox's clock), never on time, so a busy machine makes them slower, not flaky.
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "en-US",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The production build on a throw-away database: what users run, with nothing left behind.
  webServer: {
    command: `rm -rf .e2e-data && next build && tsx scripts/serve.ts --port ${PORT}`,
    url: `${baseURL}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: {
      DATA_DIR: ".e2e-data",
      // The specs share this one server and database and sign up many people each; by default only the first
      // account could. Who may sign up is tested on a server of its own with the defaults (e2e/signup.spec.ts).
      SIGNUP: "open",
      // Open sign-up would close private networks by default; the specs call servers on this machine.
      PRIVATE_NETWORK_PROVIDERS: "allow",
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      // No spec uploads more; e2e/limits.spec.ts sends more to see it refused.
      UPLOAD_MAX_MB: "4",
    },
  },
});
